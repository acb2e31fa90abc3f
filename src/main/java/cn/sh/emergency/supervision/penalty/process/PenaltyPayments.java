package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyDue;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a payment and, once the party has paid everything due, ends its collection in the process (demand and
 * court enforcement are then no longer pending) — both in one transaction. The caller's right to record payments
 * of the case is checked by the web layer; the correlation runs as the system.
 */
@Component
public class PenaltyPayments {

  private final PenaltyCases cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CollectionTimers timers;

  PenaltyPayments(PenaltyCases cases, RuntimeService runtimeService, IdentityService identityService,
                  CollectionTimers timers) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.timers = timers;
  }

  @Transactional
  public PenaltyDue pay(String decisionNo, long amountYuan, LocalDate paidOn, String receiptNo, String actor) {
    PenaltyDue due = cases.pay(decisionNo, amountYuan, paidOn, receiptNo, actor, EngineClock.now());
    if (due.totalDueYuan() != null && due.totalDueYuan() == 0) {
      SystemContext.asSystem(identityService, () -> runtimeService
          .createMessageCorrelation(DualPenaltyProcess.MESSAGE_PAYMENT_SETTLED)
          .processInstanceBusinessKey(due.caseNo())
          .localVariableEquals(Var.COLLECTING_DECISION_NO, decisionNo)
          .correlateWithResult());
      return cases.due(decisionNo, paidOn);
    }
    // Under a payment plan, the collection now waits for the next instalment not yet settled.
    timers.followPlan(due.caseNo(), decisionNo);
    return due;
  }
}
