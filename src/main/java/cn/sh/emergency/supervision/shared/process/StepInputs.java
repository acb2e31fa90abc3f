package cn.sh.emergency.supervision.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

  /** Field key → whether the user may change it; with the field's label for messages. */
  private final Map<String, Field> fields;

  private StepInputs(Map<String, Field> fields) {
    this.fields = fields;
  }

  static StepInputs ofTask(ProcessEngine engine, Task task) {
    Map<String, Field> fields = new LinkedHashMap<>();
    DeployedForms.ofTask(engine, task.getId()).ifPresent(form -> collect(form, fields));
    BaseElement element = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    declared(element, fields);
    return new StepInputs(fields);
  }

  static StepInputs ofStart(ProcessEngine engine, String processDefinitionId) {
    Map<String, Field> fields = new LinkedHashMap<>();
    DeployedForms.ofStart(engine, processDefinitionId).ifPresent(form -> collect(form, fields));
    engine.getRepositoryService().getBpmnModelInstance(processDefinitionId).getModelElementsByType(StartEvent.class)
        .forEach(start -> declared(start, fields));
    return new StepInputs(fields);
  }

  Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * A field the step takes; a people picker's value must be one of the people it offers. {@code kind} is the form
   * component's type ({@code textfield}, {@code number}, {@code checkbox} …), empty for a variable the model declares.
   */
  record Field(String key, String label, String kind, boolean editable, Optional<PeoplePicker> picker) {
  }

  private static void declared(BaseElement element, Map<String, Field> fields) {
    ModelProperties.property(element, INPUT_VARIABLES_PROPERTY).ifPresent(names -> Arrays.stream(names.split(","))
        .map(String::trim).filter(name -> !name.isEmpty())
        .forEach(name -> fields.put(name, new Field(name, name, "", true, Optional.empty()))));
  }

  private static void collect(JsonNode form, Map<String, Field> fields) {
    for (JsonNode component : DeployedForms.keyedComponents(form)) {
      String key = component.path("key").asText();
      boolean editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
      fields.put(key, new Field(key, component.path("label").asText(key), component.path("type").asText(""), editable,
          PeoplePicker.of(component)));
    }
  }
}
