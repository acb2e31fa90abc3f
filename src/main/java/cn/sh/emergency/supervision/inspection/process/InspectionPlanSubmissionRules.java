package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.inspection.Checklists;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
import cn.sh.emergency.supervision.inspection.InspectionPlanView;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.inspection.PlanKind;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of 执法检查计划 ({@code inspection-plan}): the plan's kind, title and period (an annual plan within
 * its year, a special one within a year, not ended already), the sectors in scope among the known ones; a returned plan
 * says why; the publication names its day (after the approval, not ahead of today), where and with whom it was filed.
 */
@Component
class InspectionPlanSubmissionRules implements SubmissionRules {

  private final Deadline deadline;
  private final InspectionPlans plans;
  private final IdentityService identityService;

  InspectionPlanSubmissionRules(Deadline deadline, InspectionPlans plans, IdentityService identityService) {
    this.deadline = deadline;
    this.plans = plans;
    this.identityService = identityService;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(InspectionPlanProcess.PROCESS_KEY);
  }

  /** Only a section chief (or an administrator) drafts a plan, however the start reaches the engine. */
  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    List<String> groups = EngineUsers.currentGroups(identityService);
    if (EngineUsers.current(identityService) != null && !groups.contains(Roles.SECTION_CHIEFS)
        && !groups.contains(Roles.ADMINISTRATORS)) {
      checks.problem("只有科室负责人可以起草执法检查计划");
    }
    checks.required(CommonVariables.DISTRICT, "所属区");
    scope(checks, execution.getVariable(Var.PLAN_SECTORS));
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case InspectionPlanProcess.USER_TASK_REVISE_PLAN -> scope(checks, task.getVariable(Var.PLAN_SECTORS));
      case InspectionPlanProcess.USER_TASK_APPROVE_PLAN ->
          checks.decision(Var.PLAN_APPROVAL, Code.RETURNED, "退回修改的理由", Code.APPROVED, Code.RETURNED);
      case InspectionPlanProcess.USER_TASK_PUBLISH_PLAN -> {
        LocalDate approvedOn = plans.find(String.valueOf(task.getVariable(CommonVariables.CASE_NO)))
            .map(InspectionPlanView::approvedAt).map(BureauTime::dayOf).orElse(null);
        checks.pastDate(Var.PUBLISHED_ON, "公布日期")
            .notBefore(Var.PUBLISHED_ON, "公布日期", approvedOn, "计划批准日期")
            .required(Var.PUBLICATION_CHANNEL, "公布渠道")
            .required(Var.FILED_WITH, "备案机关");
      }
      default -> { }
    }
  }

  private void scope(VariableChecks checks, Object sectors) {
    checks.oneOf(Var.PLAN_KIND, "计划类别", Coded.codes(PlanKind.class))
        .required(Var.PLAN_TITLE, "计划名称")
        .anyDate(Var.PERIOD_FROM, "计划起始日期")
        .anyDate(Var.PERIOD_TO, "计划截止日期")
        .notBefore(Var.PERIOD_TO, "计划截止日期", checks.today(), "今天");
    period(checks);
    List<String> unknown = Checklists.ticked(sectors).stream()
        .filter(code -> Coded.find(Sector.class, code).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      checks.problem("检查范围的行业领域无效：" + String.join("、", unknown));
    }
  }

  /** An annual plan lies within one calendar year, a special one within a year; the end not before the start. */
  private void period(VariableChecks checks) {
    LocalDate from;
    LocalDate to;
    try {
      from = deadline.dayOf(checks.text(Var.PERIOD_FROM));
      to = deadline.dayOf(checks.text(Var.PERIOD_TO));
    } catch (InvalidInputException | NullPointerException missing) {
      return; // the date checks above say what is wrong
    }
    if (to.isBefore(from)) {
      checks.problem("计划截止日期不能早于起始日期");
    } else if (checks.is(Var.PLAN_KIND, PlanKind.ANNUAL.code()) && from.getYear() != to.getYear()) {
      checks.problem("年度检查计划的期间应在同一年度内");
    } else if (to.isAfter(from.plusYears(1).minusDays(1))) {
      checks.problem("检查计划的期间不能超过一年");
    }
  }
}
