package cn.sh.emergency.supervision.accident.web;

import cn.sh.emergency.supervision.accident.AccidentReport;
import cn.sh.emergency.supervision.accident.CasualtyUpdate;
import cn.sh.emergency.supervision.accident.process.AccidentCasualties;
import cn.sh.emergency.supervision.accident.process.AccidentIntake;
import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/accidents}: report an accident; supplementary casualty reports (补报). */
@RestController
@RequestMapping("/api/accidents")
class AccidentController {

  private final AccidentIntake intake;
  private final AccidentCasualties casualties;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;

  AccidentController(AccidentIntake intake, AccidentCasualties casualties, CaseAccess caseAccess,
                     CurrentUser currentUser) {
    this.intake = intake;
    this.casualties = casualties;
    this.caseAccess = caseAccess;
    this.currentUser = currentUser;
  }

  @PostMapping
  ResponseEntity<Map<String, String>> report(@Valid @RequestBody AccidentReport report) {
    String caseNo = intake.report(report);
    return ResponseEntity.created(URI.create("/api/cases/" + caseNo)).body(Map.of("caseNo", caseNo));
  }

  @PostMapping("/{caseNo}/casualties")
  AccidentCasualties.Result supplement(@PathVariable String caseNo, @Valid @RequestBody CasualtyUpdate update) {
    CaseSummary summary = caseAccess.visible(caseNo);
    if (!CaseType.AC.name().equals(summary.caseType())) {
      throw new NotFoundException("事故案件不存在：" + caseNo);
    }
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS) && !user.hasRole(Roles.LEADERS)) {
      throw new AccessDeniedException("只有承办人或负责人可以补报");
    }
    return casualties.update(caseNo, update, user.userId());
  }
}
