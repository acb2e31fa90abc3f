package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The report is approved (批复): the evaluation of its rectification must be done within one year (安全生产法 art. 86),
 * so it is due at the end of the anniversary and its task opens {@code evaluationLeadDays} (60) days before. The
 * anniversary counts a year, it is nobody's statutory period, so it is a plain calendar day (not moved for holidays).
 */
@Component("recordReportApprovalDelegate")
class RecordReportApprovalDelegate implements JavaDelegate {


  private final AccidentTimeLimits limits;
  private final CaseFile caseFile;
  private final Deadline deadline;

  RecordReportApprovalDelegate(AccidentTimeLimits limits, CaseFile caseFile, Deadline deadline) {
    this.limits = limits;
    this.caseFile = caseFile;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    Typed.APPROVED_AT.on(execution).set(Date.from(now));
    ZonedDateTime anniversary = BureauTime.at(now).plusMonths(limits.getEvaluationMonths());
    Instant evaluationDue = deadline.endOf(anniversary.toLocalDate()).toInstant();
    Typed.EVALUATION_DUE_AT.on(execution).set(Date.from(evaluationDue));
    Typed.EVALUATION_OPENS_AT.on(execution).set(
        Date.from(anniversary.minusDays(limits.getEvaluationLeadDays()).toInstant()));
    caseFile.setEvaluationDue(StepRecords.caseNo(execution).orElseThrow(), evaluationDue);
  }
}
