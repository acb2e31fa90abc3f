package cn.sh.emergency.supervision.casefile.process;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.ModelProperties;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What Tasklist lists of a case's task: its name carries the enterprise and, for a party's steps of a penalty case,
 * the party ({@link CommonVariables#TASK_SUBJECT}), e.g. "拟定处罚意见 · 上海某化工有限公司 · 张三丰（主要负责人）", so two
 * parallel tasks of one case never look alike; a task that a decision sent back (退回) is marked so, and carries who
 * returned it, when and why ({@link CommonVariables#RETURN_REASON}, shown read-only by its form).
 *
 * <p>A step declares the outcomes that send work back in its {@code returnOutcomes} property; its reason is the
 * step's opinion (required for those outcomes by the lifecycle's submission rules). The reason travels to the next task
 * created in the same engine transaction as a transient variable, so nothing of it outlives the transaction but the
 * returned task's own variable. Users cannot change the name (the guard refuses it); the system sets it here.
 */
@Component
class TaskNaming {

  /** The engine keeps task names in a column of 255 characters. */
  static final int MAX_NAME_LENGTH = 255;
  static final String SEPARATOR = " · ";
  /** Transient process-instance variable: the reason of a return, until the returned task takes it. */
  static final VariableFactory<String> PENDING_RETURN = stringVariable("pendingReturnReason");
  static final VariableFactory<String> PENDING_RETURN_MARK = stringVariable("pendingReturnMark");

  private static final Map<String, String> RETURN_LABELS = Map.of(
      "RETURNED", "退回",
      "REFUSED", "不予批准",
      "REJECTED", "不同意",
      "FAILED", "验收不合格");

  private final CaseFile caseFile;

  TaskNaming(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  /** Before the case file records the completion (which consumes the shared opinion). */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  public void onCompletion(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Optional<String> outcomes = ModelProperties.property(task.getBpmnModelElementInstance(),
        CommonVariables.RETURN_OUTCOMES_PROPERTY);
    if (outcomes.isEmpty()) {
      return;
    }
    // The step's model properties name the decision and the opinion (defaults: the shared ones): read by name.
    Object outcome = task.getVariable(ModelProperties.property(task.getBpmnModelElementInstance(),
        CommonVariables.OUTCOME_VARIABLE).orElse(CommonVariables.OUTCOME));
    if (outcome == null || Arrays.stream(outcomes.get().split(",")).map(String::trim)
        .noneMatch(outcome.toString()::equals)) {
      return;
    }
    Object reason = task.getVariable(ModelProperties.property(task.getBpmnModelElementInstance(),
        CommonVariables.OPINION_VARIABLE).orElse(CommonVariables.OPINION));
    String label = RETURN_LABELS.getOrDefault(outcome.toString(), outcome.toString());
    String actor = EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), task.getAssignee());
    String note = "「" + CaseFileEngineListener.stepName(task) + "」" + label + "（" + actor + "，"
        + BureauTime.minuteOf(EngineClock.now()) + "）："
        + (reason == null || reason.toString().isBlank() ? "未说明理由" : reason.toString().trim());
    var instance = task.getExecution().getProcessInstance();
    PENDING_RETURN.on(instance).set(note, true);
    PENDING_RETURN_MARK.on(instance).set(label, true);
  }

  /** After the other create listeners: the name is the last thing settled about a new task. */
  @EventListener
  @Order(Ordered.LOWEST_PRECEDENCE - 10)
  public void onCreation(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    Optional<String> caseNo = StepRecords.caseNo(task.getExecution());
    if (caseNo.isEmpty()) {
      return;
    }
    String mark = null;
    String pending = PENDING_RETURN.from(task).getOrNull();
    if (pending != null) {
      CommonVariables.Typed.RETURN_REASON.on(task).setLocal(pending);
      mark = String.valueOf(PENDING_RETURN_MARK.from(task).getOrNull());
      var instance = task.getExecution().getProcessInstance();
      PENDING_RETURN.on(instance).set(null, true);
      PENDING_RETURN_MARK.on(instance).set(null, true);
    }
    StringJoiner name = new StringJoiner(SEPARATOR);
    name.add(CaseFileEngineListener.stepName(task) + (mark == null ? "" : "（" + mark + "）"));
    enterprise(task, caseNo.get()).ifPresent(name::add);
    text(CommonVariables.Typed.TASK_SUBJECT.from(task).getOrNull()).ifPresent(name::add);
    String full = name.toString();
    task.setName(full.length() <= MAX_NAME_LENGTH ? full : full.substring(0, MAX_NAME_LENGTH - 1) + "…");
  }

  /** The enterprise of the case: the process's own variable, else the ledger's (a called review has none). */
  private Optional<String> enterprise(DelegateTask task, String caseNo) {
    return text(CommonVariables.Typed.ENTERPRISE_NAME.from(task).getOrNull())
        .or(() -> caseFile.find(caseNo).map(CaseSummary::enterpriseName).flatMap(TaskNaming::text));
  }

  private static Optional<String> text(Object value) {
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
  }
}
