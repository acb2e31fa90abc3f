package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leaders approved the plan: inspections may follow it from now on. */
@Component("adoptInspectionPlanDelegate")
class AdoptInspectionPlanDelegate implements JavaDelegate {

  private final InspectionPlans plans;

  AdoptInspectionPlanDelegate(InspectionPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.approve(StepRecords.caseNo(execution).orElseThrow(), EngineClock.now());
  }
}
