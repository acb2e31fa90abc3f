package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
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
    Typed.COMPLETION_REPORTED_AT.on(execution).set(Date.from(EngineClock.now()));
    Typed.RECTIFIED_ON_TIME.on(execution).set(!Typed.OVERDUE_OCCURRED.from(execution).getOrDefault(false));
  }
}
