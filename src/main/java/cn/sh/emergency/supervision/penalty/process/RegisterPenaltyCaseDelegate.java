package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 立案: the registration starts the decision period (行政处罚法 art. 60: 90 days), which the ledger shows. */
@Component("registerPenaltyCaseDelegate")
class RegisterPenaltyCaseDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final Deadline deadline;
  private final PenaltyTimeLimits limits;

  RegisterPenaltyCaseDelegate(CaseFile caseFile, Deadline deadline, PenaltyTimeLimits limits) {
    this.caseFile = caseFile;
    this.deadline = deadline;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date registeredAt = Date.from(EngineClock.now());
    Date decisionDeadline = deadline.days(registeredAt, limits.getDecisionDays());
    execution.setVariable(Var.REGISTERED_AT, registeredAt);
    execution.setVariable(Var.DECISION_DEADLINE, decisionDeadline);
    caseFile.setDeadline(StepRecords.caseNo(execution).orElseThrow(), decisionDeadline.toInstant());
  }
}
