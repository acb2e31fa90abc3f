package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
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
  private final CollectionTimers timers;

  RecordPaymentDelegate(PenaltyCases cases, Deadline deadline, CollectionTimers timers) {
    this.cases = cases;
    this.deadline = deadline;
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNo = Typed.COLLECTING_DECISION_NO.from(execution).getOrNull();
    long amount = Typed.PAYMENT_AMOUNT_YUAN.from(execution).get().longValue();
    LocalDate paidOn = deadline.dayOf(Typed.PAYMENT_PAID_ON.from(execution).getOrNull());
    String receipt = Typed.PAYMENT_RECEIPT_NO.from(execution).getOrNull();
    String user = EngineUsers.current(execution.getProcessEngineServices().getIdentityService());
    PenaltyDue due = UserInputErrors.asBadRequest(() -> cases.pay(decisionNo, amount, paidOn,
        receipt == null || receipt.isBlank() ? null : receipt.trim(),
        user, EngineClock.now()));
    boolean settled = due.totalDueYuan() != null && due.totalDueYuan() == 0;
    Typed.PAYMENT_SETTLED.on(execution).set(settled);
    if (!settled) {
      timers.followPlan(due.caseNo(), decisionNo);
    }
  }
}
