package cn.sh.emergency.supervision.hazard.process;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardSource;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the hazard forms need: the report at the start and each task's decision with the fields that decision needs
 * (deadlines in the future and within the calendar's data, every element of a major hazard's rectification plan, the
 * 双报告).
 */
@Component
class HazardSubmissionRules implements SubmissionRules {

  @Override
  public Set<String> processKeys() {
    return Set.of(HazardProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.enterprise("企业名称")
        .oneOf(Var.SOURCE, "隐患来源", Coded.codes(HazardSource.class))
        .required(Var.LOCATION, "隐患位置")
        .required(Var.DESCRIPTION, "隐患描述");
    if (Coded.find(HazardSource.class, checks.text(Var.SOURCE)).filter(HazardSource::isTip).isPresent()) {
      checks.required(Var.REPORTER_CONTACT, "举报人联系方式");
    }
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case HazardProcess.USER_TASK_VERIFY_HAZARD -> verification(checks);
      case HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE -> checks
          .required(Var.MEASURES_REQUIRED, "督办整改措施")
          .oneOf(Var.SUSPENSION, "停产停业范围", Coded.codes(Suspension.class))
          .futureDate(Var.RECTIFICATION_DEADLINE, "整改期限");
      case HazardProcess.USER_TASK_APPROVE_LISTING ->
          checks.decision(Var.LISTING_APPROVAL, Code.RETURNED, "审批意见", Code.APPROVED, Code.RETURNED);
      case HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN -> checks
          .required(Var.PLAN_GOAL, "治理目标和任务")
          .required(Var.PLAN_MEASURES, "治理方法和措施")
          .required(Var.PLAN_FUNDS, "经费和物资落实")
          .required(Var.PLAN_RESPONSIBLE, "负责治理的机构和人员")
          .required(Var.PLAN_SAFETY_MEASURES, "安全措施和应急预案")
          .confirmed(Var.WORKERS_CONGRESS_INFORMED, "企业已向职工大会或职工代表大会报告（双报告）");
      case HazardProcess.USER_TASK_RECORD_RECTIFICATION -> rectification(checks);
      case HazardProcess.USER_TASK_DECIDE_OVERDUE -> overdueDecision(checks);
      case HazardProcess.USER_TASK_APPROVE_EXTENSION ->
          checks.decision(Var.EXTENSION_APPROVAL, Code.REFUSED, "审批意见", Code.APPROVED, Code.REFUSED);
      case HazardProcess.USER_TASK_ACCEPT_RECTIFICATION -> {
        checks.oneOf(Var.ACCEPTANCE, "验收结论", Code.PASSED, Code.FAILED);
        if (checks.is(Var.ACCEPTANCE, Code.FAILED)) {
          checks.required(CommonVariables.OPINION, "验收意见（不合格的原因）")
              .futureDate(Var.RECTIFICATION_DEADLINE, "重新整改期限");
        }
      }
      default -> { }
    }
  }

  private static void verification(VariableChecks checks) {
    checks.oneOf(Var.HAZARD_LEVEL, "核查结论", Coded.codes(HazardLevel.class));
    if (checks.is(Var.HAZARD_LEVEL, HazardLevel.UNFOUNDED.code())) {
      checks.required(Var.UNFOUNDED_REASON, "不属实的理由");
    } else if (checks.is(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code()) && checks.isTrue(Var.FIXED_ON_SPOT)) {
      checks.required(Var.ON_SPOT_EVIDENCE, "当场整改的证据");
    } else if (checks.is(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code())) {
      checks.futureDate(Var.RECTIFICATION_DEADLINE, "整改期限");
    }
  }

  private static void rectification(VariableChecks checks) {
    checks.oneOf(Var.RECTIFICATION_STATUS, "整改进展", Code.IN_PROGRESS, Code.EXTENSION_REQUESTED, Code.COMPLETED);
    if (checks.is(Var.RECTIFICATION_STATUS, Code.IN_PROGRESS)) {
      checks.required(Var.PROGRESS_NOTE, "整改进展情况");
    } else if (checks.is(Var.RECTIFICATION_STATUS, Code.EXTENSION_REQUESTED)) {
      extensionRequest(checks);
    }
  }

  private static void overdueDecision(VariableChecks checks) {
    checks.oneOf(Var.OVERDUE_DECISION, "逾期处置方式", Code.WARNING_INTERVIEW, Code.EXTENSION, Code.PENALTY_REFERRAL);
    if (checks.is(Var.OVERDUE_DECISION, Code.WARNING_INTERVIEW)) {
      checks.required(Var.INTERVIEW_SUMMARY, "约谈情况").futureDate(Var.RECTIFICATION_DEADLINE, "新的整改期限");
    } else if (checks.is(Var.OVERDUE_DECISION, Code.PENALTY_REFERRAL)) {
      checks.required(Var.REFERRAL_REASON, "移送理由").futureDate(Var.RECTIFICATION_DEADLINE, "新的整改期限");
    } else if (checks.is(Var.OVERDUE_DECISION, Code.EXTENSION)) {
      extensionRequest(checks);
    }
  }

  private static void extensionRequest(VariableChecks checks) {
    checks.required(Var.EXTENSION_REASON, "延期理由")
        .futureDate(Var.REQUESTED_DEADLINE, "申请延期至")
        .after(Var.REQUESTED_DEADLINE, "申请延期至", Var.RECTIFICATION_DEADLINE, "原整改期限");
  }
}
