package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.PreservationDecision;
import cn.sh.emergency.supervision.penalty.PreservationProcess;
import cn.sh.emergency.supervision.penalty.PreservationProcess.Code;
import cn.sh.emergency.supervision.penalty.PreservationProcess.Var;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 先行登记保存 ({@code evidence-preservation}): it starts only with its case and items (from the
 * case's API, which checked the case), the leaders' approval is 同意 or 不同意 with a reason, and the decision on the
 * items is one of the law's with its content.
 */
@Component
class PreservationSubmissionRules implements SubmissionRules {

  @Override
  public Set<String> processKeys() {
    return Set.of(PreservationProcess.PROCESS_KEY);
  }

  /** Never started bare over the engine's REST API: without a case and items, refused. */
  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.required(CommonVariables.CASE_NO, "案件编号")
        .required(Var.PRESERVED_ITEMS, "先行登记保存的物品")
        .required(Var.PRESERVATION_REASON, "先行登记保存的理由");
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case PreservationProcess.USER_TASK_APPROVE_PRESERVATION ->
          checks.decision(Var.PRESERVATION_APPROVAL, Code.REFUSED, "理由", Code.APPROVED, Code.REFUSED);
      case PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE -> checks
          .oneOf(Var.PRESERVATION_DECISION, "处理决定", Coded.codes(PreservationDecision.class))
          .required(CommonVariables.OPINION, "处理决定的内容和理由");
      default -> { }
    }
  }
}
