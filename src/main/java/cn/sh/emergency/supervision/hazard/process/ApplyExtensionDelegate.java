package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A leader approved the extension: the requested date becomes the rectification deadline the timers follow. */
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Typed.RECTIFICATION_DEADLINE.on(execution).set(Typed.REQUESTED_DEADLINE.from(execution).getOrNull());
    HazardCase.increment(execution, Typed.EXTENSIONS_GRANTED);
  }
}
