package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leaders approved the plan: the instalments are what the party owes, its collection follows them. */
@Component("adoptPaymentPlanDelegate")
class AdoptPaymentPlanDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final CollectionTimers timers;

  AdoptPaymentPlanDelegate(PenaltyCases cases, CollectionTimers timers) {
    this.cases = cases;
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String decisionNo = (String) execution.getVariable(Var.DECISION_NO);
    cases.adoptPlan(decisionNo, PaymentPlans.read((String) execution.getVariable(Var.PAYMENT_PLAN)),
        StepRecords.bySystem(execution, RecordKind.PAYMENT, null, null,
            (String) execution.getVariable(Var.PAYMENT_PLAN_TEXT), Map.of()));
    timers.followPlan(caseNo, decisionNo);
  }
}
