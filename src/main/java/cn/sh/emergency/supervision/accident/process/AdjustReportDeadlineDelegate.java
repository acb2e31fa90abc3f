package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
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
    int extension = number(execution.getVariable(Var.EXTENSION_DAYS_GRANTED));
    int appraisal = number(execution.getVariable(Var.APPRAISAL_DAYS));
    if (EXTENSION.equals(execution.getVariable(Var.REPORT_DEADLINE_ADJUSTMENT))) {
      extension += number(execution.getVariable(Var.REQUESTED_EXTENSION_DAYS));
      execution.setVariable(Var.EXTENSION_DAYS_GRANTED, extension);
    } else {
      appraisal += number(execution.getVariable(Var.APPRAISAL_PERIOD_DAYS));
      execution.setVariable(Var.APPRAISAL_DAYS, appraisal);
    }
    Date occurredAt = Date.from(AccidentTimes.instant(execution.getVariable(Var.OCCURRED_AT), "事故发生时间"));
    Date reportDue = deadline.days(occurredAt, limits.getReportDays() + extension + appraisal);
    execution.setVariable(Var.REPORT_DUE, reportDue);
    caseFile.setDeadline(StepRecords.caseNo(execution).orElseThrow(), reportDue.toInstant());
  }

  private static int number(Object value) {
    return value == null || value.toString().isBlank() ? 0
        : new java.math.BigDecimal(value.toString()).intValueExact();
  }
}
