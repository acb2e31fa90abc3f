package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.inspection.EvaluationRating;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.inspection.PublicInspection;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 检查码's public side, anonymous (the code is the key: 60 random bits): {@code GET
 * /api/public/inspections/{code}} verifies the inspection and its officers and lists the unit's rights (the page the
 * notice's QR code opens, {@code /public/inspection.html?code=…}); {@code POST …/evaluation} is the unit's 扫码评价,
 * once, after the inspection.
 */
@RestController
class PublicInspectionController {

  static final String PUBLIC_API = "/api/public/inspections/{code}";
  static final int MAX_CODE = 20;

  private final Inspections inspections;

  PublicInspectionController(Inspections inspections) {
    this.inspections = inspections;
  }

  @GetMapping(PUBLIC_API)
  PublicInspection verify(@PathVariable String code) {
    return inspections.publicView(checked(code));
  }

  @PostMapping(PUBLIC_API + "/evaluation")
  ResponseEntity<PublicInspection> evaluate(@PathVariable String code, @Valid @RequestBody Evaluation evaluation) {
    EvaluationRating rating = Coded.find(EvaluationRating.class, evaluation.rating())
        .orElseThrow(() -> new InvalidInputException("评价应为满意、基本满意或者不满意：" + evaluation.rating()));
    String comment = evaluation.comment() == null || evaluation.comment().isBlank() ? null : evaluation.comment().trim();
    inspections.evaluate(checked(code), rating, comment, EngineClock.now());
    return ResponseEntity.ok(inspections.publicView(code));
  }

  private static String checked(String code) {
    if (code.length() > MAX_CODE) {
      throw new InvalidInputException("检查码格式不正确");
    }
    return code;
  }

  /** {@code SATISFIED}, {@code BASICALLY_SATISFIED} or {@code DISSATISFIED}, and what the unit wants to say. */
  record Evaluation(@NotBlank(message = "请选择评价") String rating,
                    @Size(max = 500, message = "意见不能超过500字") String comment) {
  }
}
