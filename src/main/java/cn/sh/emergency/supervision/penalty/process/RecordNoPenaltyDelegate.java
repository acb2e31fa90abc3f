package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No penalty for this party: the legal review was not passed, or the collective discussion decided so. */
@Component("recordNoPenaltyDelegate")
class RecordNoPenaltyDelegate implements JavaDelegate {

  private final PenaltyCases cases;

  RecordNoPenaltyDelegate(PenaltyCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object minutes = execution.getVariable(Var.DISCUSSION_MINUTES);
    Object reason = minutes != null ? minutes : execution.getVariable(Var.LEGAL_REVIEW_OPINION);
    cases.notPenalised(PartyOfStep.of(execution, cases), StepRecords.bySystem(execution,
        RecordKind.DECISION, null, null, reason == null ? null : reason.toString(),
        Map.of("legalReviewOutcome", String.valueOf(execution.getVariable(Var.LEGAL_REVIEW_OUTCOME)))));
  }
}
