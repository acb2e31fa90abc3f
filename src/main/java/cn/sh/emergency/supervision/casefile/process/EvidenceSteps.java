package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.EvidenceStep;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The steps of a case that evidence may be filed under: the steps of its open tasks first, then the steps done,
 * newest first, each once, named as in the model (a party's parallel tasks are one step).
 */
@Component
public class EvidenceSteps {

  /** More completions than any case has. */
  static final int MAX_COMPLETIONS = 1000;

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final CaseRecords caseRecords;

  EvidenceSteps(TaskService taskService, RepositoryService repositoryService, IdentityService identityService,
                CaseRecords caseRecords) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.caseRecords = caseRecords;
  }

  public List<EvidenceStep> of(String caseNo) {
    Map<String, EvidenceStep> steps = new LinkedHashMap<>();
    List<EvidenceStep> open = SystemContext.asSystem(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNo).orderByTaskCreateTime().asc().list().stream()
        .map(task -> new EvidenceStep(task.getTaskDefinitionKey(), stepName(task), true)).toList());
    open.forEach(step -> steps.putIfAbsent(step.id(), step));
    for (RecordView done : caseRecords.latest(caseNo, RecordKind.TASK_COMPLETED, MAX_COMPLETIONS)) {
      if (done.activityId() != null) {
        steps.putIfAbsent(done.activityId(), new EvidenceStep(done.activityId(), done.activityName(), false));
      }
    }
    return List.copyOf(steps.values());
  }

  /** The case's step of that id; 400 naming it when the case has no such step. */
  public EvidenceStep find(String caseNo, String stepId) {
    return of(caseNo).stream().filter(step -> step.id().equals(stepId)).findFirst()
        .orElseThrow(() -> new InvalidInputException("本案没有该办理环节：" + stepId));
  }

  /** The step's name in the model; Tasklist's name of the task also carries the enterprise and the party. */
  private String stepName(Task task) {
    FlowElement element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return element != null && element.getName() != null ? element.getName() : task.getName();
  }
}
