package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.Deadline;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The decision was served: the payment period (15 days) runs, and the window for court enforcement is set — it
 * opens when the litigation period (6 months from service) has ended and closes 3 months later (行政强制法 art. 53).
 */
@Component("startPaymentPeriodDelegate")
class StartPaymentPeriodDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Deadline deadline;
  private final PenaltyTimeLimits limits;

  StartPaymentPeriodDelegate(PenaltyCases cases, Deadline deadline, PenaltyTimeLimits limits) {
    this.cases = cases;
    this.deadline = deadline;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate servedOn = deadline.dayOf(Typed.SERVED_ON.from(execution).getOrNull());
    Date paymentDueAt = deadline.days(servedOn, cases.paymentDays());
    cases.served(PartyOfStep.of(execution, cases), servedOn, deadline.dayOf(paymentDueAt));
    Date windowOpens = deadline.months(servedOn, limits.getLitigationMonths());
    Typed.PAYMENT_DUE_AT.on(execution).set(paymentDueAt);
    Typed.ENFORCEMENT_WINDOW_OPENS_AT.on(execution).set(windowOpens);
    Typed.ENFORCEMENT_WINDOW_CLOSES_AT.on(execution).set(
        deadline.months(windowOpens, limits.getEnforcementApplicationMonths()));
  }
}
