package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.RemedyOutcome;
import cn.sh.emergency.supervision.penalty.RemedyProcess;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Typed;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Var;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 行政复议 and 行政诉讼 ({@code decision-remedy}): started only from the decision's API; the
 * outcome is one of the law's, dated on or after the filing, with its document; a changed fine is a whole number no
 * higher than the fine decided (行政复议法 art. 63: no change to the applicant's detriment); a withdrawal states its
 * reason.
 */
@Component
class RemedySubmissionRules implements SubmissionRules {

  private final Deadline deadline;
  private final PenaltyCases cases;

  RemedySubmissionRules(Deadline deadline, PenaltyCases cases) {
    this.deadline = deadline;
    this.cases = cases;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(RemedyProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.required(CommonVariables.CASE_NO, "案件编号")
        .required(Var.DECISION_NO, "处罚决定书文号")
        .oneOf(Var.REMEDY_KIND, "救济途径", Coded.codes(RemedyKind.class));
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME -> {
        checks.oneOf(Var.REMEDY_OUTCOME, "结果", Coded.codes(RemedyOutcome.class))
            .pastDate(Var.REMEDY_DECIDED_ON, "决定或者判决日期")
            .notBefore(Var.REMEDY_DECIDED_ON, "决定或者判决日期",
                deadline.dayOrNull(Typed.REMEDY_FILED_ON.from(task).getOrNull()), "申请或者起诉日期")
            .required(Var.REMEDY_DOCUMENT_NO, "复议决定书或者判决书文号")
            .required(CommonVariables.OPINION, "结果要点");
        if (checks.is(Var.REMEDY_OUTCOME, RemedyOutcome.CHANGED.code())) {
          checks.wholeNumber(Var.CHANGED_FINE_YUAN, "变更后的罚款金额（元）", 0);
          Long changed = checks.number(Var.CHANGED_FINE_YUAN);
          Long decided = cases.partyOfDecision(Typed.DECISION_NO.from(task).get()).fineYuan();
          if (changed != null && decided != null && changed > decided) {
            checks.problem(StatuteTexts.text("rule.remedy.no-detriment", changed, decided));
          }
        }
      }
      case RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION -> checks.required(Var.WITHDRAWAL_REASON, "撤回理由");
      default -> { }
    }
  }
}
