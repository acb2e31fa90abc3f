package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.UserIds;
import cn.sh.emergency.supervision.shared.process.DeployedForms;
import cn.sh.emergency.supervision.shared.process.PeopleOptions;
import cn.sh.emergency.supervision.shared.process.PeoplePicker;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The options of a task's people pickers ({@link PeoplePicker}): when a task whose form has pickers is created, each
 * picker's {@code valuesKey} becomes a task-local JSON variable {@code [{label, value}]} — the people of its role in
 * the task's district and the city, less those its {@code excludedUsers} variables name (the handler and
 * investigators are never offered as hearing host). Tasklist reads it with the task's variables; the engine API's
 * guard refuses anyone else. Tasks opened before their form had pickers get their options when the server starts.
 */
@Component
class PeopleOptionsOnTasks {

  private static final Logger LOG = LoggerFactory.getLogger(PeopleOptionsOnTasks.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PeopleOptions options;
  private final ProcessEngine engine;

  PeopleOptionsOnTasks(PeopleOptions options, ProcessEngine engine) {
    this.options = options;
    this.engine = engine;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getBpmnModelElementInstance() == null
        || task.getBpmnModelElementInstance().getCamundaFormRef() == null) {
      return;
    }
    // Each picker of the form names its options variable (valuesKey): read and written by that name.
    for (PeoplePicker picker : pickers(task.getProcessEngineServices(), task.getId())) {
      task.setVariableLocal(picker.valuesKey(), offered(picker, task.getTenantId(), task::getVariable));
    }
  }

  /** Open tasks whose form gained pickers after they were created (an upgrade, a new form version). */
  @EventListener(ApplicationReadyEvent.class)
  public void fillOpenTasks() {
    TaskService tasks = engine.getTaskService();
    Map<String, List<PeoplePicker>> byStep = new HashMap<>();
    int filled = 0;
    for (Task task : tasks.createTaskQuery().active().initializeFormKeys().list()) {
      if (task.getCamundaFormRef() == null) {
        continue;
      }
      List<PeoplePicker> pickers = byStep.computeIfAbsent(task.getProcessDefinitionId() + " "
          + task.getTaskDefinitionKey(), step -> pickers(engine, task.getId()));
      for (PeoplePicker picker : pickers) {
        if (tasks.getVariableLocal(task.getId(), picker.valuesKey()) == null) {
          tasks.setVariableLocal(task.getId(), picker.valuesKey(),
              offered(picker, task.getTenantId(), name -> tasks.getVariable(task.getId(), name)));
          filled++;
        }
      }
    }
    if (filled > 0) {
      LOG.info("People pickers of {} open tasks given their options", filled);
    }
  }

  private static List<PeoplePicker> pickers(ProcessEngineServices services, String taskId) {
    return DeployedForms.ofTask(services, taskId).map(PeoplePicker::inForm).orElse(List.of());
  }

  private Object offered(PeoplePicker picker, String tenant, Function<String, Object> variables) {
    Object districtVariable = variables.apply(CommonVariables.DISTRICT);
    String district = tenant != null ? tenant : districtVariable == null ? null : districtVariable.toString();
    Set<String> excluded = new java.util.HashSet<>();
    picker.excludedVariables().forEach(name -> excluded.addAll(UserIds.parse(variables.apply(name))));
    ArrayNode list = JSON.createArrayNode();
    if (district != null) {
      options.forDistrict(picker.role(), district).stream().filter(option -> !excluded.contains(option.value()))
          .forEach(option -> list.addObject().put("label", option.label()).put("value", option.value()));
    }
    return SpinValues.jsonValue(list.toString()).create();
  }
}
