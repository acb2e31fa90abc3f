package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Typed;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.shared.Deadline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The plan was filed and published (备案、公示) on the day given: it is in force. */
@Component("recordPlanPublicationDelegate")
class RecordPlanPublicationDelegate implements JavaDelegate {

  private final InspectionPlans plans;
  private final Deadline deadline;

  RecordPlanPublicationDelegate(InspectionPlans plans, Deadline deadline) {
    this.plans = plans;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.publish(StepRecords.caseNo(execution).orElseThrow(),
        deadline.dayOf(Typed.PUBLISHED_ON.from(execution).get()));
  }
}
