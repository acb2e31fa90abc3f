package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Typed;
import cn.sh.emergency.supervision.inspection.InspectionResult;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The on-site inspection took place: the code's page shows it done, and the unit may now evaluate it. */
@Component("recordOnSiteInspectionDelegate")
class RecordOnSiteInspectionDelegate implements JavaDelegate {

  private final Inspections inspections;

  RecordOnSiteInspectionDelegate(Inspections inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.inspected(StepRecords.caseNo(execution).orElseThrow(),
        BureauTime.of(LocalDateTime.parse(Typed.INSPECTION_STARTED_AT.from(execution).get().trim())),
        BureauTime.of(LocalDateTime.parse(Typed.INSPECTION_ENDED_AT.from(execution).get().trim())),
        Coded.find(InspectionResult.class, Typed.INSPECTION_RESULT.from(execution).get()).orElseThrow());
  }
}
