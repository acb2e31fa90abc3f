package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
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
    Instant occurredAt = AccidentTimes.instant(execution.getVariable(Var.OCCURRED_AT), "事故发生时间");
    Instant reportedAt = AccidentTimes.instant(execution.getVariable(Var.REPORTED_AT), "报告时间");
    boolean roadOrFire = Boolean.TRUE.equals(execution.getVariable(Var.ROAD_OR_FIRE));
    Object received = execution.getVariable(Var.RECEIVED_AT);
    Instant receivedAt = received == null || received.toString().isBlank() ? occurredAt
        : AccidentTimes.instant(received, "接报时间");
    execution.setVariable(Var.RECEIVED_AT, Date.from(receivedAt));
    boolean late = reporting.isLate(occurredAt, receivedAt, reportedAt);
    execution.setVariable(Var.LATE_REPORT, late);
    execution.setVariable(Var.SUPPLEMENTARY_UNTIL,
        Date.from(reporting.supplementaryReportsUntil(occurredAt, roadOrFire)));
    Date reportDue = deadline.days(Date.from(occurredAt), limits.getReportDays());
    execution.setVariable(Var.REPORT_DUE, reportDue);
    execution.setVariable(Var.EXTENSION_DAYS_GRANTED, 0);
    execution.setVariable(Var.APPRAISAL_DAYS, 0);
    execution.setVariable(Var.ESCALATED, false);
    execution.setVariable(Var.APPROVAL_EXTENDED, false);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.setDeadline(caseNo, reportDue.toInstant());
    caseFile.markReported(caseNo, !late);
  }
}
