package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every failed acceptance (复查不合格) is counted; the rectification starts again with the new deadline. */
@Component("countAcceptanceFailureDelegate")
class CountAcceptanceFailureDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    HazardCase.increment(execution, Typed.ACCEPTANCE_FAILURES);
  }
}
