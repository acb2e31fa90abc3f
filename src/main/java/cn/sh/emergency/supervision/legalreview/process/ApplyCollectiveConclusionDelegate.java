package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
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
    String conclusion = (String) execution.getVariable(Var.COLLECTIVE_CONCLUSION);
    String minutes = (String) execution.getVariable(Var.DISCUSSION_MINUTES);
    execution.setVariable(Var.LEGAL_REVIEW_OUTCOME, conclusion);
    execution.setVariable(Var.LEGAL_REVIEW_OPINION, "集体讨论：" + minutes);
    StepRecords.caseNo(execution).ifPresent(caseNo -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put(Var.DISCUSSION_PARTICIPANTS, execution.getVariable(Var.DISCUSSION_PARTICIPANTS));
      details.put(Var.DISCUSSION_MINUTES, minutes);
      caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, "集体讨论结论", conclusion, minutes,
          details));
    });
  }
}
