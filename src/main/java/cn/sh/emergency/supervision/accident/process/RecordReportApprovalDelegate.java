package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The report is approved (批复): the evaluation of its rectification falls due on the anniversary (安全生产法 art. 86:
 * within one year). The anniversary starts a task rather than ending a statutory period, so it is not moved for
 * holidays and does not need next year's holiday data, which is published only in November.
 */
@Component("recordReportApprovalDelegate")
class RecordReportApprovalDelegate implements JavaDelegate {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final AccidentTimeLimits limits;
  private final CaseFile caseFile;

  RecordReportApprovalDelegate(AccidentTimeLimits limits, CaseFile caseFile) {
    this.limits = limits;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    execution.setVariable(Var.APPROVED_AT, Date.from(now));
    Instant evaluationDue = now.atZone(SHANGHAI).plusMonths(limits.getEvaluationMonths()).toInstant();
    execution.setVariable(Var.EVALUATION_DUE_AT, Date.from(evaluationDue));
    caseFile.setEvaluationDue(StepRecords.caseNo(execution).orElseThrow(), evaluationDue);
  }
}
