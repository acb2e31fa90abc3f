package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Typed;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 集体讨论 decides the review: its conclusion becomes the review's outcome and is recorded with the minutes. */
@Component("applyCollectiveConclusionDelegate")
class ApplyCollectiveConclusionDelegate implements JavaDelegate {

  private final CaseRecords caseRecords;

  ApplyCollectiveConclusionDelegate(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String conclusion = Typed.COLLECTIVE_CONCLUSION.from(execution).getOrNull();
    String minutes = Typed.DISCUSSION_MINUTES.from(execution).getOrNull();
    Typed.LEGAL_REVIEW_OUTCOME.on(execution).set(conclusion);
    Typed.LEGAL_REVIEW_OPINION.on(execution).set("集体讨论：" + minutes);
    StepRecords.caseNo(execution).ifPresent(caseNo -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put(Var.DISCUSSION_PARTICIPANTS, Typed.DISCUSSION_PARTICIPANTS.from(execution).getOrNull());
      details.put(Var.DISCUSSION_MINUTES, minutes);
      // The conclusion as the discussion's form worded it, from the discussion's own record just written.
      caseRecords.latest(caseNo, RecordKind.TASK_COMPLETED, 1).stream()
          .filter(discussion -> conclusion != null && conclusion.equals(discussion.outcome()))
          .findFirst()
          .ifPresent(discussion -> details.put(RecordEntry.OUTCOME_NAME, discussion.outcomeName()));
      caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, "集体讨论结论", conclusion, minutes,
          details));
    });
  }
}
