package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.OpenCase;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import cn.sh.emergency.supervision.shared.Street;
import cn.sh.emergency.supervision.shared.Uscc;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineEvents;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.ModelProperties;
import cn.sh.emergency.supervision.shared.process.UserInputErrors;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case file in step with the engine, inside the engine's transaction: a process that declares a
 * {@code caseType} opens a case (number, business key, ledger row) when it starts; task completions, timer
 * firings and the end of the case become full-process records; the ledger follows the current stage.
 */
@Component
class CaseFileEngineListener {

  /** How the record names the end of a case whose process instance was canceled (撤销). */
  private static final String CANCELED_NAME = "已撤销";

  static final String SYSTEM_ACTOR = EngineUsers.SYSTEM;

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  CaseFileEngineListener(CaseFile caseFile, CaseRecords caseRecords) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @EventListener
  public void onExecution(DelegateExecution execution) {
    if (EngineEvents.isInstanceStart(execution)) {
      openCase(execution);
    } else if (EngineEvents.isInstanceEnd(execution)) {
      closeCase(execution);
    } else if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()
        && isTimer(execution.getBpmnModelElementInstance())) {
      StepRecords.caseNo(execution).ifPresent(caseNo -> caseRecords.append(caseNo,
          StepRecords.bySystem(execution, RecordKind.TIMER_FIRED, null, null, null, null)));
    }
  }

  @EventListener
  public void onTask(DelegateTask task) {
    Optional<String> caseNo = StepRecords.caseNo(task.getExecution());
    if (caseNo.isEmpty()) {
      return;
    }
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> caseFile.enterStage(caseNo.get(), task.getTaskDefinitionKey(), stepName(task));
      case TaskListener.EVENTNAME_COMPLETE -> recordCompletion(caseNo.get(), task);
      default -> { }
    }
  }

  private void openCase(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return; // a called process belongs to its caller's case, named by the caseNo passed in
    }
    Optional<CaseType> type = caseTypeOf(execution);
    if (type.isEmpty()) {
      return;
    }
    OpenCase open = UserInputErrors.asBadRequest(() -> new OpenCase(type.get(),
        processKey(execution), District.of(CommonVariables.Typed.DISTRICT.from(execution).getOrNull()),
        optional(execution, CommonVariables.Typed.STREET).map(Street::of).map(Street::name).orElse(null),
        execution.getProcessInstanceId(), CommonVariables.Typed.ENTERPRISE_NAME.from(execution).getOrNull(),
        optional(execution, CommonVariables.Typed.ENTERPRISE_USCC).map(Uscc::of).orElse(null),
        optional(execution, CommonVariables.Typed.SECTOR).map(Sector::of).orElse(null),
        EngineClock.now(), actor(execution)));
    String caseNo = caseFile.open(open);
    execution.setProcessBusinessKey(caseNo);
    CommonVariables.Typed.CASE_NO.on(execution).set(caseNo);
  }

  private void closeCase(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return;
    }
    StepRecords.caseNo(execution).ifPresent(caseNo -> {
      Map<String, Object> details = new LinkedHashMap<>();
      if (execution.isCanceled()) {
        details.put("canceled", true);
      }
      String outcome = execution.isCanceled() ? CommonVariables.CANCELED
          : endOutcome(execution).orElse(null);
      if (outcome != null) {
        // A case ends as the end event's name says (隐患已销号, 不予立案); a canceled one 已撤销.
        details.put(RecordEntry.OUTCOME_NAME, execution.isCanceled() ? CANCELED_NAME
            : Objects.requireNonNullElse(execution.getCurrentActivityName(), outcome));
      }
      caseFile.close(caseNo, new RecordEntry(RecordKind.CASE_CLOSED, EngineClock.now(), actor(execution),
          execution.getCurrentActivityId(), execution.getCurrentActivityName(), execution.getProcessInstanceId(),
          outcome, null, details), outcome);
    });
  }

  private void recordCompletion(String caseNo, DelegateTask task) {
    String outcomeVariable = ModelProperties.property(task.getBpmnModelElementInstance(),
        CommonVariables.OUTCOME_VARIABLE).orElse(CommonVariables.OUTCOME);
    String opinionVariable = ModelProperties.property(task.getBpmnModelElementInstance(),
        CommonVariables.OPINION_VARIABLE).orElse(CommonVariables.OPINION);
    // The step's model properties name these variables (the defaults are the shared outcome and opinion): read by name.
    Object outcome = task.getVariable(outcomeVariable);
    Object opinion = task.getVariable(opinionVariable);
    ModelProperties.property(task.getBpmnModelElementInstance(), CommonVariables.GRADE_VARIABLE)
        .map(task::getVariable)
        .ifPresent(grade -> caseFile.grade(caseNo, grade.toString()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("taskId", task.getId());
    if (task.getAssignee() != null) {
      details.put("assignee", task.getAssignee());
    }
    if (outcome != null) {
      details.put("outcomeVariable", outcomeVariable);
      FormOptionLabels.of(task, outcomeVariable, outcome).ifPresent(name -> details.put(RecordEntry.OUTCOME_NAME, name));
    }
    // Which group the step belonged to: the next step of the same group goes to whoever did this one (承办连续性).
    TaskCandidates candidates = TaskCandidates.of(task);
    if (!candidates.groups().isEmpty()) {
      details.put(TaskCandidates.GROUPS, candidates.groups());
    } else if (!candidates.users().isEmpty()) {
      details.put(TaskCandidates.USERS, candidates.users());
    }
    caseRecords.append(caseNo, new RecordEntry(RecordKind.TASK_COMPLETED, EngineClock.now(), actor(task.getExecution(),
        task.getAssignee()), task.getTaskDefinitionKey(), stepName(task), task.getProcessInstanceId(),
        outcome == null ? null : outcome.toString(), opinion == null ? null : opinion.toString(), details));
    // The shared opinion belongs to the task that gave it; the next task starts with an empty one.
    if (opinion != null && CommonVariables.OPINION.equals(opinionVariable)) {
      CommonVariables.Typed.OPINION.on(task.getExecution()).remove();
    }
  }

  /**
   * The step's name in the model: the ledger and the record name the step, while the task's name in Tasklist also
   * carries the enterprise and the party ({@link TaskNaming}).
   */
  static String stepName(DelegateTask task) {
    String name = task.getBpmnModelElementInstance() == null ? null : task.getBpmnModelElementInstance().getName();
    return name != null ? name : task.getName();
  }

  /** The {@code caseOutcome} of the end event the instance ended at. */
  private static Optional<String> endOutcome(DelegateExecution execution) {
    String endEventId = execution.getCurrentActivityId();
    if (endEventId == null) {
      return Optional.empty();
    }
    BaseElement endEvent = execution.getBpmnModelInstance().getModelElementById(endEventId);
    return ModelProperties.property(endEvent, CommonVariables.CASE_OUTCOME_PROPERTY);
  }

  private static boolean isTimer(FlowElement element) {
    return element instanceof CatchEvent catchEvent && catchEvent.getEventDefinitions().stream()
        .anyMatch(TimerEventDefinition.class::isInstance);
  }

  private static Optional<CaseType> caseTypeOf(DelegateExecution execution) {
    Process process = process(execution);
    return UserInputErrors.asBadRequest(() ->
        ModelProperties.property(process, CommonVariables.CASE_TYPE_PROPERTY).map(CaseType::of));
  }

  private static String processKey(DelegateExecution execution) {
    return process(execution).getId();
  }

  /** The executable process of the instance's model (definition ids start with the key when it is short). */
  private static Process process(DelegateExecution execution) {
    var processes = execution.getBpmnModelInstance().getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();
    return processes.stream().filter(p -> execution.getProcessDefinitionId().startsWith(p.getId() + ":"))
        .findFirst().orElse(processes.get(0));
  }

  private static Optional<String> optional(DelegateExecution execution, VariableFactory<String> variable) {
    return variable.from(execution).getOptional().filter(s -> !s.isBlank());
  }

  private static String actor(DelegateExecution execution) {
    return actor(execution, null);
  }

  private static String actor(DelegateExecution execution, String fallback) {
    return EngineUsers.currentOr(execution.getProcessEngineServices().getIdentityService(), fallback);
  }
}
