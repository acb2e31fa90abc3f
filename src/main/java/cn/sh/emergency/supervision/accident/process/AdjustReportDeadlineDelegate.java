package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.shared.Deadline;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The report's due date moves: an approved extension adds its days (at most 60 together), and time spent on a
 * technical appraisal (技术鉴定) does not count. Due = accident + 60 days + extensions + appraisal days; the reminder
 * and due timers follow, as they are set again when the investigation resumes.
 */
@Component("adjustReportDeadlineDelegate")
class AdjustReportDeadlineDelegate implements JavaDelegate {

  static final String EXTENSION = "EXTENSION";

  private final Deadline deadline;
  private final AccidentTimeLimits limits;
  private final CaseFile caseFile;

  AdjustReportDeadlineDelegate(Deadline deadline, AccidentTimeLimits limits, CaseFile caseFile) {
    this.deadline = deadline;
    this.limits = limits;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int extension = Typed.EXTENSION_DAYS_GRANTED.from(execution).getOrDefault(0);
    int appraisal = Typed.APPRAISAL_DAYS.from(execution).getOrDefault(0);
    if (EXTENSION.equals(Typed.REPORT_DEADLINE_ADJUSTMENT.from(execution).getOrNull())) {
      extension += number(asSubmitted(Typed.REQUESTED_EXTENSION_DAYS, execution));
      Typed.EXTENSION_DAYS_GRANTED.on(execution).set(extension);
    } else {
      appraisal += number(asSubmitted(Typed.APPRAISAL_PERIOD_DAYS, execution));
      Typed.APPRAISAL_DAYS.on(execution).set(appraisal);
    }
    Date occurredAt = Date.from(AccidentTimes.instant(asSubmitted(Typed.OCCURRED_AT, execution), "事故发生时间"));
    Date reportDue = deadline.days(occurredAt, limits.getReportDays() + extension + appraisal);
    Typed.REPORT_DUE.on(execution).set(reportDue);
    caseFile.setDeadline(StepRecords.caseNo(execution).orElseThrow(), reportDue.toInstant());
  }

  /** A whole number of days as submitted: a number, or its text from the engine's REST API; none is 0. */
  private static int number(Object value) {
    return value == null || value.toString().isBlank() ? 0
        : new java.math.BigDecimal(value.toString()).intValueExact();
  }
}
