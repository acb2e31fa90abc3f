package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The payment period ended unpaid: from now on the surcharge accrues (加处罚款, 3 % of the fine per day). */
@Component("markPaymentOverdueDelegate")
class MarkPaymentOverdueDelegate implements JavaDelegate {

  private final PenaltyCases cases;

  MarkPaymentOverdueDelegate(PenaltyCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.paymentOverdue(PartyOfStep.of(execution, cases));
  }
}
