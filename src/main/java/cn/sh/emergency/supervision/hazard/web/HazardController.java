package cn.sh.emergency.supervision.hazard.web;

import cn.sh.emergency.supervision.hazard.HazardReport;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/hazards}: report a hazard (the same case as the Tasklist start form opens). */
@RestController
@RequestMapping("/api/hazards")
class HazardController {

  private final HazardIntake intake;

  HazardController(HazardIntake intake) {
    this.intake = intake;
  }

  @PostMapping
  ResponseEntity<Map<String, String>> report(@Valid @RequestBody HazardReport report) {
    String caseNo = intake.report(report);
    return ResponseEntity.created(URI.create("/api/cases/" + caseNo)).body(Map.of("caseNo", caseNo));
  }
}
