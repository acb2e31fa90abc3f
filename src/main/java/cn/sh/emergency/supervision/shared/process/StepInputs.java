package cn.sh.emergency.supervision.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * What a step lets its user write: the fields of its deployed Camunda Form — editable ones freely, read-only ones only
 * unchanged — plus the variables the step declares in its {@code inputVariables} model property. Everything else
 * (case number, district, handler, decision numbers, approved deadlines, other steps' outcomes) is the system's.
 */
final class StepInputs {

  /** A user task's or start event's property naming extra variables the step takes (comma-separated). */
  static final String INPUT_VARIABLES_PROPERTY = "inputVariables";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Field key → whether the user may change it; with the field's label for messages. */
  private final Map<String, Field> fields;

  private StepInputs(Map<String, Field> fields) {
    this.fields = fields;
  }

  static StepInputs ofTask(ProcessEngine engine, Task task) {
    Map<String, Field> fields = new LinkedHashMap<>();
    readForm(() -> engine.getFormService().getDeployedTaskForm(task.getId()), fields);
    BaseElement element = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    declared(element, fields);
    return new StepInputs(fields);
  }

  static StepInputs ofStart(ProcessEngine engine, String processDefinitionId) {
    Map<String, Field> fields = new LinkedHashMap<>();
    readForm(() -> engine.getFormService().getDeployedStartForm(processDefinitionId), fields);
    engine.getRepositoryService().getBpmnModelInstance(processDefinitionId).getModelElementsByType(StartEvent.class)
        .forEach(start -> declared(start, fields));
    return new StepInputs(fields);
  }

  Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  record Field(String key, String label, boolean editable) {
  }

  private static void declared(BaseElement element, Map<String, Field> fields) {
    ModelProperties.property(element, INPUT_VARIABLES_PROPERTY).ifPresent(names -> Arrays.stream(names.split(","))
        .map(String::trim).filter(name -> !name.isEmpty())
        .forEach(name -> fields.put(name, new Field(name, name, true))));
  }

  private static void readForm(Supplier<InputStream> deployedForm, Map<String, Field> fields) {
    InputStream form;
    try {
      form = deployedForm.get();
    } catch (RuntimeException noFormDeployed) {
      return;
    }
    try (InputStream in = form) {
      collect(JSON.readTree(in).path("components"), fields);
    } catch (IOException e) {
      throw new IllegalStateException("deployed form cannot be read", e);
    }
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        boolean editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
        fields.put(key, new Field(key, component.path("label").asText(key), editable));
      }
    }
  }
}
