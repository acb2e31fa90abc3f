package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyDue;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.UserInputErrors;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记缴款 in Tasklist: records the payment the handler entered (as the payment API does) and says whether the fine
 * and any surcharge are now paid; the model then ends the party's collection. More than is due is refused (400) and
 * nothing is recorded.
 */
@Component("recordPaymentDelegate")
class RecordPaymentDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Deadline deadline;

  RecordPaymentDelegate(PenaltyCases cases, Deadline deadline) {
    this.cases = cases;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNo = (String) execution.getVariable(Var.COLLECTING_DECISION_NO);
    long amount = ((Number) execution.getVariable(Var.PAYMENT_AMOUNT_YUAN)).longValue();
    LocalDate paidOn = deadline.dayOf(execution.getVariable(Var.PAYMENT_PAID_ON));
    Object receipt = execution.getVariable(Var.PAYMENT_RECEIPT_NO);
    String user = EngineUsers.current(execution.getProcessEngineServices().getIdentityService());
    PenaltyDue due = UserInputErrors.asBadRequest(() -> cases.pay(decisionNo, amount, paidOn,
        receipt == null || receipt.toString().isBlank() ? null : receipt.toString().trim(),
        user, EngineClock.now()));
    execution.setVariable(Var.PAYMENT_SETTLED, due.totalDueYuan() != null && due.totalDueYuan() == 0);
  }
}
