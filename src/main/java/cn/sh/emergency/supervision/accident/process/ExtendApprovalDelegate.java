package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approval period of an extraordinary accident is extended once, by 30 days (国务院令第493号 art. 32). */
@Component("extendApprovalDelegate")
class ExtendApprovalDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Typed.APPROVAL_EXTENDED.on(execution).set(true);
  }
}
