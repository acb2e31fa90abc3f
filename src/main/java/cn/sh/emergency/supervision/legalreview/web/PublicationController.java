package cn.sh.emergency.supervision.legalreview.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.legalreview.DecisionRequest;
import cn.sh.emergency.supervision.legalreview.PublicationView;
import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.legalreview.process.PublicationIntake;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff side of 行政执法公示: register a decision for publication, see a publication, withdraw it. */
@RestController
class PublicationController {


  private final PublicationIntake intake;
  private final Publications publications;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  PublicationController(PublicationIntake intake, Publications publications, CaseAccess cases,
                        CurrentUser currentUser) {
    this.intake = intake;
    this.publications = publications;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/cases/{caseNo}/decisions")
  ResponseEntity<Map<String, String>> decide(@PathVariable String caseNo, @Valid @RequestBody DecisionRequest decision) {
    CaseSummary summary = cases.visible(caseNo);
    if (decision.decisionDate().isAfter(BureauTime.today())) {
      throw new InvalidInputException("决定日期不能晚于今天：" + decision.decisionDate());
    }
    intake.start(caseNo, summary.district(), decision);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("caseNo", caseNo, "decisionNo",
        decision.decisionNo()));
  }

  @GetMapping("/api/publications/{decisionNo}")
  PublicationView get(@PathVariable String decisionNo) {
    return visiblePublication(decisionNo);
  }

  @PostMapping("/api/publications/{decisionNo}/withdrawal")
  PublicationView withdraw(@PathVariable String decisionNo, @RequestBody Map<String, String> body) {
    visiblePublication(decisionNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS) && !user.hasRole(Roles.LEADERS)) {
      throw new AccessDeniedException("只有承办人或负责人可以撤回公示");
    }
    String reason = body == null ? null : body.get("reason");
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new InvalidInputException("请填写撤回理由（不超过1000字）");
    }
    return publications.withdraw(decisionNo, reason.trim(), user.userId());
  }

  private PublicationView visiblePublication(String decisionNo) {
    PublicationView view = publications.find(decisionNo);
    if (!currentUser.get().canSee(view.district())) {
      throw new NotFoundException("未找到公示的决定：" + decisionNo);
    }
    return view;
  }
}
