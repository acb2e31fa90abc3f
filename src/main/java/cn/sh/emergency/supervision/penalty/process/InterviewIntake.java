package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.documents.DocumentType;
import cn.sh.emergency.supervision.documents.EnforcementDocuments;
import cn.sh.emergency.supervision.penalty.CaseInterviews;
import cn.sh.emergency.supervision.penalty.InterviewRequest;
import cn.sh.emergency.supervision.penalty.InterviewView;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 询问 during a penalty case's investigation: only in a registered, open case (409 otherwise); the interview is
 * recorded and its 询问笔录 issued for signing in one transaction, so a refused interview leaves neither.
 */
@Component
public class InterviewIntake {

  /** A recorded interview and the number of its 询问笔录. */
  public record Recorded(InterviewView interview, String documentNo) {
  }

  private final RegisteredPenaltyCases registeredCases;
  private final CaseInterviews interviews;
  private final EnforcementDocuments documents;

  InterviewIntake(RegisteredPenaltyCases registeredCases, CaseInterviews interviews, EnforcementDocuments documents) {
    this.registeredCases = registeredCases;
    this.interviews = interviews;
    this.documents = documents;
  }

  /** For a case the caller may see (checked before). */
  @Transactional
  public Recorded record(CaseSummary penaltyCase, InterviewRequest request, String actor, Instant at) {
    registeredCases.require(penaltyCase, "登记询问笔录");
    InterviewView interview = interviews.record(penaltyCase.caseNo(), penaltyCase.district(), request, actor, at);
    String documentNo = documents.issue(penaltyCase, DocumentType.INTERVIEW_RECORD, null, actor).document()
        .documentNo();
    return new Recorded(interview, documentNo);
  }
}
