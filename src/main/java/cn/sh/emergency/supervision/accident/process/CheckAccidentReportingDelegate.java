package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.AccidentReporting;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.shared.Deadline;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 迟报 (more than 1 hour after the accident), the last day for supplementary reports, and the investigation report's
 * due date (60 days after the accident), which the ledger shows.
 */
@Component("checkAccidentReportingDelegate")
class CheckAccidentReportingDelegate implements JavaDelegate {

  private final AccidentReporting reporting;
  private final Deadline deadline;
  private final AccidentTimeLimits limits;
  private final CaseFile caseFile;

  CheckAccidentReportingDelegate(AccidentReporting reporting, Deadline deadline, AccidentTimeLimits limits,
                                 CaseFile caseFile) {
    this.reporting = reporting;
    this.deadline = deadline;
    this.limits = limits;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant occurredAt = AccidentTimes.instant(asSubmitted(Typed.OCCURRED_AT, execution), "事故发生时间");
    Instant reportedAt = AccidentTimes.instant(asSubmitted(Typed.REPORTED_AT, execution), "报告时间");
    boolean roadOrFire = Typed.ROAD_OR_FIRE.from(execution).getOrDefault(false);
    Object received = asSubmitted(Typed.RECEIVED_AT, execution);
    Instant receivedAt = received == null || received.toString().isBlank() ? occurredAt
        : AccidentTimes.instant(received, "接报时间");
    Typed.RECEIVED_AT.on(execution).set(Date.from(receivedAt));
    boolean late = reporting.isLate(occurredAt, receivedAt, reportedAt);
    Typed.LATE_REPORT.on(execution).set(late);
    Typed.SUPPLEMENTARY_UNTIL.on(execution).set(Date.from(reporting.supplementaryReportsUntil(occurredAt, roadOrFire)));
    Date reportDue = deadline.days(Date.from(occurredAt), limits.getReportDays());
    Typed.REPORT_DUE.on(execution).set(reportDue);
    Typed.EXTENSION_DAYS_GRANTED.on(execution).set(0);
    Typed.APPRAISAL_DAYS.on(execution).set(0);
    Typed.ESCALATED.on(execution).set(false);
    Typed.APPROVAL_EXTENDED.on(execution).set(false);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.setDeadline(caseNo, reportDue.toInstant());
    caseFile.markReported(caseNo, !late);
  }
}
