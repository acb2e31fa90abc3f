package cn.sh.emergency.supervision.legalreview.web;

import cn.sh.emergency.supervision.legalreview.PublicDecision;
import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Paging;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/public/decisions}: the anonymous publicity of enforcement decisions (行政执法公示). */
@RestController
class PublicDecisionController {

  static final int MAX_PAGE_SIZE = 100;

  private final Publications publications;

  PublicDecisionController(Publications publications) {
    this.publications = publications;
  }

  @GetMapping("/api/public/decisions")
  PublicPage decisions(@RequestParam(required = false) String enterprise,
                       @RequestParam(required = false) String district,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("起始日期不能晚于结束日期");
    }
    String code = district == null ? null : District.of(district).code();
    Page<PublicDecision> found = publications.search(enterprise, code, from, to, page, size);
    return new PublicPage(found.getContent(), page, size, found.getTotalElements());
  }

  record PublicPage(List<PublicDecision> items, int page, int size, long total) {
  }
}
