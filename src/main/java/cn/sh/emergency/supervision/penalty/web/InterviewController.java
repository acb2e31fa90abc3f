package cn.sh.emergency.supervision.penalty.web;

import cn.sh.emergency.supervision.casefile.CaseAccess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.penalty.CaseInterviews;
import cn.sh.emergency.supervision.penalty.InterviewRequest;
import cn.sh.emergency.supervision.penalty.InterviewView;
import cn.sh.emergency.supervision.penalty.process.InterviewIntake;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/penalties/cases/{caseNo}/interviews}: the handlers record each interview (询问) of a registered case's
 * investigation and get its 询问笔录 to print and have signed; whoever may see the case lists them.
 */
@RestController
class InterviewController {

  private final InterviewIntake intake;
  private final CaseInterviews interviews;
  private final CaseAccess caseAccess;
  private final CurrentUser currentUser;

  InterviewController(InterviewIntake intake, CaseInterviews interviews, CaseAccess caseAccess,
                      CurrentUser currentUser) {
    this.intake = intake;
    this.interviews = interviews;
    this.caseAccess = caseAccess;
    this.currentUser = currentUser;
  }

  @GetMapping(PenaltyController.API + "/cases/{caseNo}/interviews")
  List<InterviewView> list(@PathVariable String caseNo) {
    caseAccess.visible(caseNo);
    return interviews.of(caseNo);
  }

  /** 201 with the interview's number, its 询问笔录's number and where to read it. */
  @PostMapping(PenaltyController.API + "/cases/{caseNo}/interviews")
  ResponseEntity<Map<String, Object>> record(@PathVariable String caseNo,
                                             @Valid @RequestBody InterviewRequest request) {
    CaseSummary summary = caseAccess.visible(caseNo);
    AuthenticatedUser user = currentUser.get();
    if (!user.hasRole(Roles.CASE_HANDLERS)) {
      throw new AccessDeniedException("只有承办人可以登记询问笔录");
    }
    InterviewIntake.Recorded recorded = intake.record(summary, request, user.userId(), EngineClock.now());
    String document = "/api/cases/" + caseNo + "/documents/interview-record.pdf?subject="
        + recorded.interview().documentSubject();
    return ResponseEntity.created(URI.create(document)).body(Map.of("caseNo", caseNo,
        "seq", recorded.interview().seq(), "documentNo", recorded.documentNo(), "document", document));
  }
}
