package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The rectification is reported complete: the acceptance clock starts now, and the hazard counts as rectified on
 * time unless its deadline ever passed.
 */
@Component("reportCompletionDelegate")
class ReportCompletionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.COMPLETION_REPORTED_AT, Date.from(EngineClock.now()));
    execution.setVariable(Var.RECTIFIED_ON_TIME, !Boolean.TRUE.equals(execution.getVariable(Var.OVERDUE_OCCURRED)));
  }
}
