package cn.sh.emergency.supervision.shared.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What running and ended process instances did, read from the history (level full) so that a case's data can be
 * read after its process has moved on or ended. Read on the system's behalf: callers have checked the user's right
 * to the case in the domain.
 */
@Component
public class ProcessHistory {

  /** One instance of a scope activity (e.g. a multi-instance sub-process) and its local variables as they stand. */
  public record Scope(String activityInstanceId, Map<String, Object> variables) {
  }

  /** A completed user task: who completed it and when. */
  public record Completion(String assignee, Instant endedAt) {
  }

  /** A user task completed inside a scope: the task, who completed it and when. */
  public record TaskDone(String taskId, String assignee, Instant endedAt) {
  }

  private final HistoryService history;
  private final IdentityService identityService;

  ProcessHistory(HistoryService history, IdentityService identityService) {
    this.history = history;
    this.identityService = identityService;
  }

  /** The process instance's own variables (not those of its sub-scopes). */
  public Map<String, Object> variables(String processInstanceId) {
    return asSystem(() -> variablesOf(processInstanceId));
  }

  /** The latest instance of a process for a case (its business key), running or ended. */
  public Optional<String> latestInstance(String processDefinitionKey, String businessKey) {
    return asSystem(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(processDefinitionKey)
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst().map(instance -> instance.getId()));
  }

  /** The latest instance of a scope activity whose local variables match. */
  public Optional<Scope> scope(String processInstanceId, String activityId, Predicate<Map<String, Object>> matches) {
    return asSystem(() -> instancesOf(processInstanceId, activityId).stream()
        .map(instance -> new Scope(instance.getId(), variablesOf(instance.getExecutionId())))
        .filter(scope -> matches.test(scope.variables()))
        .reduce((first, last) -> last));
  }

  /** Whether the activity was reached inside the given scope. */
  public boolean reachedWithin(String processInstanceId, String activityId, Scope scope) {
    return asSystem(() -> instancesOf(processInstanceId, activityId).stream()
        .anyMatch(instance -> scope.activityInstanceId().equals(instance.getParentActivityInstanceId())));
  }

  /** The last completion of a user task inside the given scope, if any. */
  public Optional<TaskDone> lastDoneWithin(String processInstanceId, String taskId, Scope scope) {
    return asSystem(() -> instancesOf(processInstanceId, taskId).stream()
        .filter(instance -> scope.activityInstanceId().equals(instance.getParentActivityInstanceId()))
        .filter(instance -> instance.getEndTime() != null && instance.getTaskId() != null)
        .map(instance -> new TaskDone(instance.getTaskId(), instance.getAssignee(), instance.getEndTime().toInstant()))
        .reduce((first, last) -> last));
  }

  /** The process instance the call activity started last inside the given scope. */
  public Optional<String> calledWithin(String processInstanceId, String callActivityId, Scope scope) {
    return asSystem(() -> instancesOf(processInstanceId, callActivityId).stream()
        .filter(call -> scope.activityInstanceId().equals(call.getParentActivityInstanceId()))
        .map(HistoricActivityInstance::getCalledProcessInstanceId)
        .reduce((first, last) -> last));
  }

  /** The completions of a user task in a process instance, oldest first. */
  public List<Completion> completions(String processInstanceId, String taskId) {
    return asSystem(() -> history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskId).finished().orderByHistoricTaskInstanceEndTime().asc().list().stream()
        .map(task -> new Completion(task.getAssignee(), task.getEndTime().toInstant()))
        .toList());
  }

  public Instant startOf(String processInstanceId) {
    return asSystem(() -> history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getStartTime().toInstant());
  }

  private Map<String, Object> variablesOf(String executionId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .executionIdIn(executionId).disableBinaryFetching().list()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  private List<HistoricActivityInstance> instancesOf(String processInstanceId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
  }

  private <T> T asSystem(Supplier<T> read) {
    return SystemContext.asSystem(identityService, read);
  }
}
