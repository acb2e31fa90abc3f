package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyDue;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Keeps a party's payment timer on its approved plan (延期、分期缴纳): the collection counts the party overdue at the
 * end of the first instalment not yet settled — moved on when the plan is adopted and after each payment. A timer
 * that has already fired stays fired: the demand that followed stands.
 */
@Component
class CollectionTimers {

  /** The payment timers of the lifecycles that collect a fine. */
  private static final Set<String> PAYMENT_TIMERS = Set.of(DualPenaltyProcess.TIMER_PAYMENT_DUE,
      OnTheSpotProcess.TIMER_PAYMENT_DUE);

  private final PenaltyCases cases;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Deadline deadline;

  CollectionTimers(PenaltyCases cases, ManagementService managementService, RuntimeService runtimeService,
                   IdentityService identityService, Deadline deadline) {
    this.cases = cases;
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.deadline = deadline;
  }

  void followPlan(String caseNo, String decisionNo) {
    if (cases.plan(decisionNo).isEmpty()) {
      return;
    }
    PenaltyDue due = cases.due(decisionNo, BureauTime.today());
    if (due.paymentDueOn() == null || due.totalDueYuan() == null || due.totalDueYuan() == 0) {
      return;
    }
    Date at = deadline.endOf(due.paymentDueOn());
    SystemContext.asSystem(identityService, () -> {
      for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).active()
          .list()) {
        for (String timer : PAYMENT_TIMERS) {
          managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timer).list().stream()
              .filter(job -> decisionNo.equals(runtimeService.getVariable(job.getExecutionId(),
                  DualPenaltyProcess.Var.COLLECTING_DECISION_NO)))
              .forEach(job -> managementService.setJobDuedate(job.getId(), at));
        }
      }
      return null;
    });
  }
}
