package cn.sh.emergency.supervision.inspection.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.inspection.FindingView;
import cn.sh.emergency.supervision.inspection.InspectionApplication;
import cn.sh.emergency.supervision.inspection.InspectionView;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.inspection.process.InspectionIntake;
import cn.sh.emergency.supervision.shared.NotFoundException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspections}: apply for an inspection and its 检查码 (handlers of the district), and see an inspection
 * with its findings (whoever may see the case; another district's is 404).
 */
@RestController
class InspectionController {

  static final String API = "/api/inspections";

  private final InspectionIntake intake;
  private final Inspections inspections;
  private final CaseAccess caseAccess;

  InspectionController(InspectionIntake intake, Inspections inspections, CaseAccess caseAccess) {
    this.intake = intake;
    this.inspections = inspections;
    this.caseAccess = caseAccess;
  }

  /** 201 with the case number and its 检查码. */
  @PostMapping(API)
  ResponseEntity<Map<String, String>> apply(@Valid @RequestBody InspectionApplication application) {
    String caseNo = intake.apply(application);
    String code = inspections.ofCase(caseNo).map(InspectionView::code).orElseThrow();
    return ResponseEntity.created(URI.create(API + "/" + caseNo))
        .body(Map.of("caseNo", caseNo, "inspectionCode", code));
  }

  @GetMapping({API + "/{caseNo}", "/dashboard" + API + "/{caseNo}"})
  InspectionCase inspection(@PathVariable String caseNo) {
    caseAccess.visible(caseNo);
    InspectionView inspection = inspections.ofCase(caseNo)
        .orElseThrow(() -> new NotFoundException("不是执法检查案件：" + caseNo));
    return new InspectionCase(inspection, inspections.findings(caseNo));
  }

  record InspectionCase(@JsonUnwrapped InspectionView inspection, List<FindingView> findings) {
  }
}
