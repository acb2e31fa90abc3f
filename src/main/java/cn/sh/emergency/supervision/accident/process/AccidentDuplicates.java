package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.casefile.DuplicateRule;
import cn.sh.emergency.supervision.casefile.ReportedFacts;
import cn.sh.emergency.supervision.casefile.process.ReportDuplicates;
import cn.sh.emergency.supervision.shared.process.EngineEvents;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accident report of the same unit whose time of occurrence lies within the occurrence window
 * ({@code supervision.duplicates.occurrence-window}, 30 minutes) of one the district already has is a duplicate unless
 * the reporter confirms otherwise ({@link ReportDuplicates}). Runs as the report enters the start event: the
 * submission rules passed (the time is valid) and the case is open.
 */
@Component
class AccidentDuplicates {

  private final ReportDuplicates duplicates;

  AccidentDuplicates(ReportDuplicates duplicates) {
    this.duplicates = duplicates;
  }

  @EventListener
  public void onReport(DelegateExecution execution) {
    if (EngineEvents.isOf(execution.getProcessDefinitionId(), AccidentProcess.PROCESS_KEY)
        && EngineEvents.isActivityStart(execution, AccidentProcess.START_EVENT_ACCIDENT_REPORTED)) {
      duplicates.check(execution, DuplicateRule.SAME_OCCURRENCE, ReportedFacts.occurrence(
          AccidentTimes.instant(asSubmitted(Typed.OCCURRED_AT, execution), "事故发生时间")));
    }
  }
}
