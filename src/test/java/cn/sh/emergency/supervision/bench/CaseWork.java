package cn.sh.emergency.supervision.bench;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.HazardSteps;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;

/**
 * Case work as the users do it, through the engine's Java API with each user's groups and districts (as the REST
 * filter authenticates them): report, find the case's task, claim it, submit its form.
 */
final class CaseWork {

  /** One step of a walk: the task, who does it, what their form submits. */
  record Step(String taskKey, String user, Map<String, Object> variables) {
  }

  /** The major-hazard path from verification to acceptance, each step by the user whose role it is. */
  static final List<Step> MAJOR_PATH = List.of(
      new Step(HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler",
          Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患")),
      new Step(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, "jingan-handler",
          Map.of(Var.MEASURES_REQUIRED, "危化品分区存放", Var.SUSPENSION, Suspension.PARTIAL.code(),
              Var.RECTIFICATION_DEADLINE, "2026-04-30")),
      new Step(HazardProcess.USER_TASK_APPROVE_LISTING, "jingan-leader",
          Map.of(Var.LISTING_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意挂牌")),
      new Step(HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, "jingan-handler2",
          HazardSteps.rectificationPlan(true)),
      new Step(HazardProcess.USER_TASK_RECORD_RECTIFICATION, "jingan-handler2",
          Map.of(Var.RECTIFICATION_STATUS, Code.COMPLETED, CommonVariables.OPINION, "已按方案完成")),
      new Step(HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, "jingan-handler",
          Map.of(Var.ACCEPTANCE, Code.PASSED, CommonVariables.OPINION, "复查合格")));

  /** Verification by the user of a general hazard to be rectified by the deadline (a date), then tracked. */
  static Step verifyGeneral(String user, String deadline) {
    return new Step(HazardProcess.USER_TASK_VERIFY_HAZARD, user,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
            Var.RECTIFICATION_DEADLINE, deadline));
  }

  private final ProcessEngine engine;
  private final HazardIntake intake;
  private final Map<String, Identity> identities = new ConcurrentHashMap<>();

  private record Identity(List<String> groups, List<String> tenants) {
  }

  CaseWork(ProcessEngine engine, HazardIntake intake) {
    this.engine = engine;
    this.intake = intake;
  }

  /** Reports a hazard in the district as the user (a handler of that district or of the city). */
  String report(String user, String district) {
    return as(user, () -> intake.report(HazardSteps.sampleReport(district, "南京西路街道", "HAZARDOUS_CHEMICALS")));
  }

  /** Starts an instance of a process with a business key in the district, as the user. */
  void start(String user, String processKey, String businessKey, String district) {
    start(user, processKey, businessKey, Map.of(CommonVariables.DISTRICT, district));
  }

  /** Starts an instance of a process with a business key and start variables (the district among them). */
  void start(String user, String processKey, String businessKey, Map<String, Object> variables) {
    as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables));
  }

  /** Finds the case's task of the step, claims it and submits its form, as the step's user. */
  void take(String businessKey, Step step) {
    as(step.user(), () -> {
      var tasks = engine.getTaskService();
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
          .taskDefinitionKey(step.taskKey()).singleResult();
      if (task == null) {
        throw new IllegalStateException(businessKey + " has no open task " + step.taskKey());
      }
      tasks.claim(task.getId(), step.user());
      engine.getFormService().submitTaskForm(task.getId(), step.variables());
      return null;
    });
  }

  private <T> T as(String user, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Identity who = identities.computeIfAbsent(user, id -> new Identity(
        identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(id).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList()));
    identity.setAuthentication(user, who.groups(), who.tenants());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
