package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.inspection.InspectionDraws;
import cn.sh.emergency.supervision.inspection.PublicDraw;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/draws/{drawNo}}, anonymous: a 双随机 draw as published — announced, the seed with the pool and
 * roster before it is run; run, also the exclusions and the result — so that anyone can re-run it.
 */
@RestController
class PublicDrawController {

  static final int MAX_DRAW_NO = 60;

  private final InspectionDraws draws;

  PublicDrawController(InspectionDraws draws) {
    this.draws = draws;
  }

  @GetMapping("/api/public/draws/{drawNo}")
  PublicDraw draw(@PathVariable String drawNo) {
    if (drawNo.length() > MAX_DRAW_NO) {
      throw new InvalidInputException("抽取编号格式不正确");
    }
    return draws.published(drawNo);
  }
}
