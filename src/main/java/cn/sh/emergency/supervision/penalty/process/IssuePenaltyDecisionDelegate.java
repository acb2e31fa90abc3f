package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 行政处罚决定书: the party's decision under the next decision number of the district and year. */
@Component("issuePenaltyDecisionDelegate")
class IssuePenaltyDecisionDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Deadline deadline;

  IssuePenaltyDecisionDelegate(PenaltyCases cases, Deadline deadline) {
    this.cases = cases;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long fine = ((Number) execution.getVariable(Var.PROPOSED_FINE_YUAN)).longValue();
    LocalDate today = deadline.dayOf(Date.from(EngineClock.now()));
    String decisionNo = cases.decide(PartyOfStep.of(execution, cases), fine,
        number(execution.getVariable(Var.FINE_MIN_YUAN)), number(execution.getVariable(Var.FINE_MAX_YUAN)),
        District.of((String) execution.getVariable(CommonVariables.DISTRICT)), today,
        StepRecords.bySystem(execution, RecordKind.DECISION, null, null,
            (String) execution.getVariable(Var.DRAFT_DECISION), Map.of()));
    execution.setVariable(Var.DECISION_NO, decisionNo);
    execution.setVariable(Var.FINE_YUAN, fine);
  }

  private static Long number(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
