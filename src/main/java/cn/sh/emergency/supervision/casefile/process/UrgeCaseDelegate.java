package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.shared.CommonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder timer's urging (催办) of the case's open tasks; usable by every lifecycle. */
@Component("urgeCaseDelegate")
class UrgeCaseDelegate implements JavaDelegate {

  private final CaseUrging urging;

  UrgeCaseDelegate(CaseUrging urging) {
    this.urging = urging;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = CommonVariables.Typed.CASE_NO.from(execution).getOrNull();
    urging.urge(caseNo, execution.getProcessInstanceId(), CaseFileEngineListener.SYSTEM_ACTOR,
        "期限将至，请抓紧办理");
  }
}
