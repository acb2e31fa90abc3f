package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.shared.process.SystemContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The words a task's own form shows for the option chosen in one of its fields ({@code suspension = NONE} →
 * 不停产停业 on the listing notice, {@code legalReviewOutcome = RETURNED} → 退回补充 on the legal review): the form
 * deployed with the task is the one source of those words, so the record names an outcome as the person who chose it
 * saw it. Read when the task completes; a task without a Camunda Form, or a field without fixed options, has none.
 */
final class FormOptionLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptionLabels() {
  }

  static Optional<String> of(DelegateTask task, String field, Object value) {
    UserTask model = task.getBpmnModelElementInstance();
    if (value == null || model == null || model.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    ProcessEngineServices services = task.getProcessEngineServices();
    // The completing user may work the task without the right to read its deployment: the system reads the form.
    JsonNode form = SystemContext.asSystem(services.getIdentityService(), () -> read(services, task.getId()));
    return labelIn(form.path("components"), field, value.toString());
  }

  /** The label of {@code value} among the options of the field keyed {@code field}, searched through groups. */
  static Optional<String> labelIn(JsonNode components, String field, String value) {
    for (JsonNode component : components) {
      if (field.equals(component.path("key").asText())) {
        for (JsonNode option : component.path("values")) {
          if (value.equals(option.path("value").asText())) {
            return Optional.of(option.path("label").asText());
          }
        }
        return Optional.empty();
      }
      Optional<String> nested = labelIn(component.path("components"), field, value);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  private static JsonNode read(ProcessEngineServices services, String taskId) {
    try (InputStream form = services.getFormService().getDeployedTaskForm(taskId)) {
      return JSON.readTree(form);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }
}
