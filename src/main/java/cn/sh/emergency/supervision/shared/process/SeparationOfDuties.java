package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Separation of duties (DESIGN §6), held by the engine for every way in (Tasklist, REST, Java): a user task whose
 * {@code excludedUsers} property names variables (e.g. {@code handler,investigators}) cannot be claimed, assigned
 * or completed by a user those variables name (comma-separated user ids).
 */
@Component
class SeparationOfDuties {

  static final String EXCLUDED_USERS_PROPERTY = "excludedUsers";

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
    check(task, task.getAssignee(), excluded.get());
    if (TaskListener.EVENTNAME_COMPLETE.equals(event)) {
      check(task, EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), null), excluded.get());
    }
  }

  private static void check(DelegateTask task, String user, String variables) {
    if (user == null) {
      return;
    }
    for (String variable : variables.split(",")) {
      Object value = task.getVariable(variable.trim());
      if (value != null && Arrays.stream(value.toString().split(",")).map(String::trim).anyMatch(user::equals)) {
        throw UserInputErrors.badRequest(new InvalidInputException("职责分离：" + user
            + " 是本案的承办人或调查人员，不得办理「" + task.getName() + "」"));
      }
    }
  }
}
