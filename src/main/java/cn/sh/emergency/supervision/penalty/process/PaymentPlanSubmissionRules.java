package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.PaymentPlanProcess;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Code;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 延期、分期缴纳 ({@code payment-plan}): started only from the decision's API with its plan; the
 * leaders approve, or refuse with the reason.
 */
@Component
class PaymentPlanSubmissionRules implements SubmissionRules {

  @Override
  public Set<String> processKeys() {
    return Set.of(PaymentPlanProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.required(CommonVariables.CASE_NO, "案件编号")
        .required(Var.DECISION_NO, "处罚决定书文号")
        .required(Var.PAYMENT_PLAN, "缴款计划");
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    if (PaymentPlanProcess.USER_TASK_APPROVE_PAYMENT_PLAN.equals(taskKey)) {
      checks.decision(Var.PAYMENT_PLAN_APPROVAL, Code.REFUSED, "不同意的理由", Code.APPROVED, Code.REFUSED);
    }
  }
}
