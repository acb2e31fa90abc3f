package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.CrimeTransferProcess;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Code;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Var;
import cn.sh.emergency.supervision.penalty.CriminalOutcome;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 涉嫌犯罪案件移送 ({@code crime-transfer}): it starts only from its penalty case (screening or
 * the case's API), the report names the suspects and the facts, a refusal gives its reason (国务院令第310号 art. 5),
 * the transfer names the organ and day and carries the documents art. 6 requires, and the organ's decision and the
 * criminal outcome are each one of the law's with their particulars.
 */
@Component
class CrimeTransferSubmissionRules implements SubmissionRules {

  private final Deadline deadline;
  private final PrincipalBans principalBans;

  CrimeTransferSubmissionRules(Deadline deadline, PrincipalBans principalBans) {
    this.deadline = deadline;
    this.principalBans = principalBans;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(CrimeTransferProcess.PROCESS_KEY);
  }

  /** Never started bare over the engine's REST API: without its case and the suspected offence, refused. */
  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.required(CommonVariables.CASE_NO, "案件编号")
        .required(Var.SUSPECTED_OFFENCE, "涉嫌罪名")
        .required(Var.CRIME_THRESHOLD, "移送标准或者理由");
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME -> checks
          .required(Var.SUSPECTS, "涉嫌犯罪的单位和人员")
          .required(Var.TRANSFER_REPORT, "核实的情况和移送的理由");
      case CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER ->
          checks.decision(Var.TRANSFER_APPROVAL, Code.REFUSED, "不批准移送的理由", Code.APPROVED, Code.REFUSED);
      case CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE -> {
        checks.required(Var.POLICE_ORGAN, "受移送的公安机关").pastDate(Var.TRANSFERRED_ON, "移送日期");
        if (!checks.isTrue(Var.INVESTIGATION_REPORT_ATTACHED) || !checks.isTrue(Var.ITEM_LIST_ATTACHED)) {
          checks.problem(StatuteTexts.text("rule.crime-transfer.documents"));
        }
      }
      case CrimeTransferProcess.USER_TASK_RECORD_POLICE_DECISION -> checks
          .oneOf(Var.POLICE_DECISION, "公安机关的决定", Code.FILED, Code.NOT_FILED)
          .pastDate(Var.POLICE_DECISION_ON, "决定日期")
          .notBefore(Var.POLICE_DECISION_ON, "决定日期", deadline.dayOrNull(CrimeTransferProcess.Typed.TRANSFERRED_ON.from(task).getOrNull()), "移送日期")
          .required(CommonVariables.OPINION, "决定书文号及理由");
      case CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME -> {
        checks.oneOf(Var.CRIMINAL_OUTCOME, "刑事处理结果", Coded.codes(CriminalOutcome.class))
            .required(Var.CRIMINAL_OUTCOME_DETAILS, "决定书或者判决书的文号、作出机关和内容");
        if (checks.isTrue(Var.PRINCIPAL_SENTENCED)) {
          principalSentenced(checks);
        }
      }
      default -> { }
    }
  }

  /** A sentenced principal: only after a sentence, with the day the sentence ends, and a principal on the case. */
  private void principalSentenced(VariableChecks checks) {
    if (!checks.is(Var.CRIMINAL_OUTCOME, CriminalOutcome.SENTENCED.code())) {
      checks.problem("只有已判处刑罚的，才能登记主要负责人被判处刑罚");
      return;
    }
    checks.anyDate(Var.SENTENCE_COMPLETED_ON, "刑罚执行完毕之日")
        .notBefore(Var.SENTENCE_COMPLETED_ON, "刑罚执行完毕之日",
            deadline.dayOrNull(checks.text(Var.POLICE_DECISION_ON)), "公安机关立案日期");
    try {
      principalBans.principal(checks.text(CommonVariables.CASE_NO), null);
    } catch (ConflictException | InvalidInputException | NotFoundException noPrincipal) {
      checks.problem(noPrincipal.getMessage());
    }
  }
}
