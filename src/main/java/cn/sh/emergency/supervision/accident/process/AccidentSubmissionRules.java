package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentProcess.Code;
import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.ResidentId;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of every accident submission: the report at the start (times in order and not in the future,
 * casualty figures whole and not negative) and each task's decision with the fields it needs (a reason for every
 * escalation decision, extensions within 60 days together, the 四不放过 checklist complete before closure).
 */
@Component
class AccidentSubmissionRules implements SubmissionRules {

  static final int MAX_CAUSE_LENGTH = 1500;

  private final AccidentTimeLimits limits;

  AccidentSubmissionRules(AccidentTimeLimits limits) {
    this.limits = limits;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(AccidentProcess.PROCESS_KEY);
  }

  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    checks.enterprise("事故单位名称").required(Var.DESCRIPTION, "事故简要经过");
    casualties(checks);
    times(checks, execution);
  }

  /** Casualty figures of a report or a supplementary report. */
  static void casualties(VariableChecks checks) {
    checks.wholeNumber(Var.DEATHS, "死亡人数", 0).wholeNumber(Var.SERIOUS_INJURIES, "重伤人数（含急性工业中毒）", 0)
        .wholeNumber(Var.MISSING, "失踪人数", 0).wholeNumber(Var.DIRECT_LOSS_YUAN, "直接经济损失（元）", 0);
  }

  private static void times(VariableChecks checks, VariableScope scope) {
    Instant occurred = time(checks, scope, Typed.OCCURRED_AT, "事故发生时间");
    Instant reported = time(checks, scope, Typed.REPORTED_AT, "报告时间");
    Instant now = EngineClock.now();
    if (occurred != null && occurred.isAfter(now)) {
      checks.problem("事故发生时间不能晚于现在");
    }
    if (reported != null && reported.isAfter(now)) {
      checks.problem("报告时间不能晚于现在");
    }
    if (occurred != null && reported != null && reported.isBefore(occurred)) {
      checks.problem("报告时间不能早于事故发生时间");
    }
    Object receivedValue = asSubmitted(Typed.RECEIVED_AT, scope);
    if (receivedValue != null && !receivedValue.toString().isBlank()) {
      Instant received = time(checks, scope, Typed.RECEIVED_AT, "接报时间");
      if (received != null && occurred != null && received.isBefore(occurred)) {
        checks.problem("接报时间不能早于事故发生时间");
      }
      if (received != null && reported != null && reported.isBefore(received)) {
        checks.problem("报告时间不能早于接报时间");
      }
    }
  }

  /** A time as submitted: ISO text, or a Date from the engine's REST API ({@link AccidentTimes}). */
  private static Instant time(VariableChecks checks, VariableScope scope, VariableFactory<?> time, String label) {
    try {
      return AccidentTimes.instant(asSubmitted(time, scope), label);
    } catch (InvalidInputException e) {
      checks.problem(e.getMessage());
      return null;
    }
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case AccidentProcess.USER_TASK_REVIEW_ESCALATION -> checks
          .oneOf(Var.ESCALATION_DECISION, "研判结论", Code.ESCALATE, Code.KEEP)
          .required(Var.ESCALATION_REASON, "研判理由");
      case AccidentProcess.USER_TASK_FORM_TEAM -> checks.required(Var.TEAM_LEADER, "调查组组长")
          .required(Var.TEAM_MEMBERS, "调查组成员及其单位");
      case AccidentProcess.USER_TASK_INVESTIGATE -> investigation(checks);
      case AccidentProcess.USER_TASK_APPROVE_EXTENSION ->
          checks.decision(Var.EXTENSION_APPROVAL, Code.REFUSED, "理由", Code.APPROVED, Code.REFUSED);
      case AccidentProcess.USER_TASK_APPROVE_REPORT -> {
        checks.decision(Var.REPORT_APPROVAL, Code.RETURNED, "理由", Code.APPROVED, Code.RETURNED, Code.EXTEND);
        if (checks.is(Var.REPORT_APPROVAL, Code.EXTEND) && (!checks.is(Var.GRADE, AccidentGrade.EXTRAORDINARY.code())
            || checks.isTrue(Var.APPROVAL_EXTENDED))) {
          checks.problem("只有特别重大事故的批复期限可以延长，且只能延长一次");
        }
      }
      case AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY -> accountability(checks);
      case AccidentProcess.USER_TASK_EVALUATE_RECTIFICATION -> checks.required(Var.EVALUATION_RESULT, "评估结论");
      case AccidentProcess.USER_TASK_APPROVE_CLOSURE -> checks
          .confirmed(Var.CAUSE_FOUND, "事故原因已查清")
          .confirmed(Var.RESPONSIBLE_DEALT_WITH, "责任人员已处理")
          .confirmed(Var.RECTIFICATION_DONE, "整改措施已落实")
          .confirmed(Var.PEOPLE_EDUCATED, "有关人员已受到教育");
      default -> { }
    }
  }

  private void investigation(VariableChecks checks) {
    checks.oneOf(Var.INVESTIGATION_STATUS, "调查进展", Code.REPORT_SUBMITTED, Code.EXTENSION_REQUESTED,
        Code.APPRAISAL_RECORDED);
    if (checks.is(Var.INVESTIGATION_STATUS, Code.REPORT_SUBMITTED)) {
      checks.required(Var.INVESTIGATION_REPORT, "事故调查报告").required(Var.CAUSE, "事故原因");
      String cause = checks.text(Var.CAUSE);
      if (cause != null && cause.length() > MAX_CAUSE_LENGTH) {
        checks.problem("事故原因不能超过" + MAX_CAUSE_LENGTH + "字");
      }
    } else if (checks.is(Var.INVESTIGATION_STATUS, Code.EXTENSION_REQUESTED)) {
      Long granted = checks.number(Var.EXTENSION_DAYS_GRANTED);
      long left = limits.getMaxExtensionDays() - (granted == null ? 0 : granted);
      checks.wholeNumber(Var.REQUESTED_EXTENSION_DAYS, "申请延长天数", 1);
      Long requested = checks.number(Var.REQUESTED_EXTENSION_DAYS);
      if (requested != null && requested > left) {
        checks.problem("延长期限最长共" + limits.getMaxExtensionDays() + "日，尚可延长" + left + "日");
      }
    } else if (checks.is(Var.INVESTIGATION_STATUS, Code.APPRAISAL_RECORDED)) {
      checks.wholeNumber(Var.APPRAISAL_PERIOD_DAYS, "技术鉴定所用天数", 1);
    }
  }

  private static void accountability(VariableChecks checks) {
    // Whether they hold certificates the penalty intake checks when it opens the case (行政处罚法 art. 42).
    checks.required(Var.PENALTY_INVESTIGATORS, "行政处罚案件的调查人员");
    String principal = checks.text(Var.PRINCIPAL_NAME);
    if (principal == null || principal.isEmpty()) {
      checks.required(Var.EXEMPTION_REASON, "不追究主要负责人责任的理由");
    } else {
      String id = checks.text(Var.PRINCIPAL_ID_NUMBER);
      if (id == null || !ResidentId.isValid(id.toUpperCase(java.util.Locale.ROOT))) {
        checks.problem("主要负责人身份证号码不正确");
      }
      checks.wholeNumber(Var.PRINCIPAL_INCOME_YUAN, "主要负责人上一年年收入（元）", 0);
    }
    if (checks.isTrue(Var.JUDICIAL_TRANSFER) || checks.isTrue(Var.DISCIPLINARY_REFERRAL)) {
      checks.required(Var.ACCOUNTABILITY_NOTE, "移送情况说明");
    }
  }
}
