package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
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
    String minutes = Typed.DISCUSSION_MINUTES.from(execution).getOrNull();
    String reason = minutes != null ? minutes : Typed.LEGAL_REVIEW_OPINION.from(execution).getOrNull();
    cases.notPenalised(PartyOfStep.of(execution, cases), StepRecords.bySystem(execution,
        RecordKind.DECISION, null, null, reason,
        Map.of("legalReviewOutcome", String.valueOf(Typed.LEGAL_REVIEW_OUTCOME.from(execution).getOrNull()))));
  }
}
