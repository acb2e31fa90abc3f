package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A leader approved the extension: the requested date becomes the rectification deadline the timers follow. */
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.RECTIFICATION_DEADLINE, execution.getVariable(Var.REQUESTED_DEADLINE));
    HazardCase.increment(execution, Var.EXTENSIONS_GRANTED);
  }
}
