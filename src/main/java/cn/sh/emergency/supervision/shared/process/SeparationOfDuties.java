package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.UserIds;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Separation of duties, held by the engine for every way in (Tasklist, REST, Java): a user task with an
 * {@code excludedUsers} property cannot be claimed, assigned or completed by the case's handler or investigators.
 * Who they are rests on what the engine recorded when it happened — whoever started a process of the case, and whoever
 * completed the steps named in {@code excludedAssigneesOf} (e.g. the investigation) — and on the variables the
 * property names ({@code handler,investigators}), which only the system and the case's start form can set.
 */
@Component
public class SeparationOfDuties {

  static final String EXCLUDED_USERS_PROPERTY = "excludedUsers";
  static final String EXCLUDED_ASSIGNEES_PROPERTY = "excludedAssigneesOf";

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void onTask(DelegateTask task) {
    String event = task.getEventName();
    if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(event) && !TaskListener.EVENTNAME_COMPLETE.equals(event)) {
      return;
    }
    Optional<String> excluded = ModelProperties.property(task.getBpmnModelElementInstance(), EXCLUDED_USERS_PROPERTY);
    if (excluded.isEmpty()) {
      return;
    }
    List<String> steps = steps(task);
    check(task, task.getAssignee(), excluded.get(), steps);
    if (TaskListener.EVENTNAME_COMPLETE.equals(event)) {
      check(task, EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), null), excluded.get(),
          steps);
    }
  }

  /**
   * Whether separation of duties keeps the user from the task (the same test the engine applies when the task is
   * assigned or completed), for the system to ask before it assigns a task by itself.
   */
  public static boolean forbids(DelegateTask task, String user) {
    Optional<String> excluded = ModelProperties.property(task.getBpmnModelElementInstance(), EXCLUDED_USERS_PROPERTY);
    return user != null && excluded.isPresent() && excludes(task, user, excluded.get(), steps(task));
  }

  private static List<String> steps(DelegateTask task) {
    return ModelProperties.property(task.getBpmnModelElementInstance(), EXCLUDED_ASSIGNEES_PROPERTY)
        .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  private static void check(DelegateTask task, String user, String variables, List<String> steps) {
    if (user != null && excludes(task, user, variables, steps)) {
      throw UserInputErrors.badRequest(new InvalidInputException("职责分离：" + user
          + " 是本案的承办人或调查人员，不得办理「" + task.getName() + "」"));
    }
  }

  private static boolean excludes(DelegateTask task, String user, String variables, List<String> steps) {
    // The model property names the variables: read by those names.
    boolean named = Arrays.stream(variables.split(",")).map(v -> task.getVariable(v.trim()))
        .anyMatch(value -> UserIds.parse(value).contains(user));
    return named || recordedInCase(task, user, steps);
  }

  /** Whether the engine recorded the user starting a process of the case or doing one of its named steps. */
  private static boolean recordedInCase(DelegateTask task, String user, List<String> steps) {
    String caseKey = task.getExecution().getProcessBusinessKey();
    HistoryService history = task.getProcessEngineServices().getHistoryService();
    if (caseKey == null) {
      return history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .startedBy(user).count() > 0;
    }
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseKey).startedBy(user).count() > 0) {
      return true;
    }
    return !steps.isEmpty() && history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseKey)
        .taskDefinitionKeyIn(steps.toArray(String[]::new)).taskAssignee(user).finished().count() > 0;
  }
}
