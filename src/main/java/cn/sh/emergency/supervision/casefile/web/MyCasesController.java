package cn.sh.emergency.supervision.casefile.web;

import cn.sh.emergency.supervision.casefile.MyCase;
import cn.sh.emergency.supervision.casefile.MyCases;
import cn.sh.emergency.supervision.casefile.MyCases.Listing;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Paging;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own cases: {@code list=done} (我的已办, the cases in which the caller completed a task) or
 * {@code list=started} (我发起的), one page at a time, at most {@value #MAX_PAGE_SIZE} rows a page.
 */
@RestController
@RequestMapping({"/api/cases/mine", "/dashboard/api/cases/mine"})
class MyCasesController {

  static final int MAX_PAGE_SIZE = 100;

  private final MyCases myCases;
  private final CurrentUser currentUser;

  MyCasesController(MyCases myCases, CurrentUser currentUser) {
    this.myCases = myCases;
    this.currentUser = currentUser;
  }

  @GetMapping
  MyCasesPage mine(@RequestParam(defaultValue = "done") String list, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
    Listing listing = switch (list) {
      case "done" -> Listing.DONE;
      case "started" -> Listing.STARTED;
      default -> throw new InvalidInputException("list 应为 done（我的已办）或 started（我发起的）：" + list);
    };
    Paging.check(page, size, MAX_PAGE_SIZE);
    Page<MyCase> found = myCases.of(currentUser.get(), listing, page, size);
    return new MyCasesPage(list, found.getContent(), page, size, found.getTotalElements());
  }

  record MyCasesPage(String list, List<MyCase> items, int page, int size, long total) {
  }
}
