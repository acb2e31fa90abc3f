package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-checks on the server what a task's Camunda Form declares required, however the task is completed
 * (Tasklist, REST, Java). Fields shown only under a condition are left to the lifecycle's own checks. Runs before
 * any other completion listener, so a refused submission records nothing.
 */
@Component
class FormSubmissionGuard {

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        || task.getBpmnModelElementInstance() == null
        || task.getBpmnModelElementInstance().getCamundaFormRef() == null) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode field : requiredFields(task)) {
      // The deployed form names the variable (its field's key): read by that name, whatever its type.
      Object value = task.getVariable(field.path("key").asText());
      if (value == null || value.toString().isBlank()) {
        missing.add(field.path("label").asText(field.path("key").asText()));
      }
    }
    if (!missing.isEmpty()) {
      throw UserInputErrors.badRequest(new InvalidInputException("请填写必填项：" + String.join("、", missing)));
    }
  }

  private static List<JsonNode> requiredFields(DelegateTask task) {
    List<JsonNode> required = new ArrayList<>();
    DeployedForms.ofTask(task.getProcessEngineServices(), task.getId())
        .ifPresent(form -> collect(form.path("components"), required));
    return required;
  }

  private static void collect(JsonNode components, List<JsonNode> required) {
    for (JsonNode component : components) {
      if (component.has("conditional")) {
        continue;
      }
      if (component.has("components")) {
        collect(component.path("components"), required);
      } else if (component.path("validate").path("required").asBoolean(false) && component.has("key")) {
        required.add(component);
      }
    }
  }
}
