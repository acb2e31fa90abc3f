package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.DuplicateRule;
import cn.sh.emergency.supervision.casefile.ReportedFacts;
import cn.sh.emergency.supervision.casefile.process.ReportDuplicates;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import cn.sh.emergency.supervision.shared.process.EngineEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hazard report of the same unit, location and a similar description as one the district received within the
 * report window ({@code supervision.duplicates.report-window}, 30 days) is a duplicate unless the reporter confirms
 * otherwise ({@link ReportDuplicates}). Runs as the report enters the start event: the submission rules passed and
 * the case is open.
 */
@Component
class HazardDuplicates {

  private final ReportDuplicates duplicates;

  HazardDuplicates(ReportDuplicates duplicates) {
    this.duplicates = duplicates;
  }

  @EventListener
  public void onReport(DelegateExecution execution) {
    if (EngineEvents.isOf(execution.getProcessDefinitionId(), HazardProcess.PROCESS_KEY)
        && EngineEvents.isActivityStart(execution, HazardProcess.START_EVENT_HAZARD_REPORTED)) {
      duplicates.check(execution, DuplicateRule.SAME_PLACE_AND_DESCRIPTION,
          ReportedFacts.place(Typed.LOCATION.from(execution).getOrNull(),
              Typed.DESCRIPTION.from(execution).getOrNull()));
    }
  }
}
