package cn.sh.emergency.supervision.bench;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The reference processes: the engine doing the same user-task and timer work as the hazard lifecycle, without
 * anything of this application's (no case file, no full-process record, no deadlines computed, no decisions). Each
 * user task copies the hazard task's candidate group and form, so users claim and submit the same forms.
 */
final class BareProcesses {

  static final String LIFECYCLE = "bench-bare-lifecycle";
  static final String TIMERS = "bench-bare-timers";
  /** Variables of the timer reference: its reminder and its due date. */
  static final String REMIND_AT = "remindAt";
  static final String DUE_AT = "dueAt";

  private BareProcesses() {
  }

  /** Deploys both reference processes, built after the deployed hazard model. */
  static void deploy(ProcessEngine engine, List<CaseWork.Step> lifecycleSteps) {
    var repository = engine.getRepositoryService();
    String hazardId = repository.createProcessDefinitionQuery().processDefinitionKey(HazardProcess.PROCESS_KEY)
        .latestVersion().singleResult().getId();
    BpmnModelInstance hazard = repository.getBpmnModelInstance(hazardId);

    AbstractFlowNodeBuilder<?, ?> lifecycle = Bpmn.createExecutableProcess(LIFECYCLE)
        .camundaHistoryTimeToLiveString("P10950D").startEvent("StartEvent_Bare");
    for (CaseWork.Step step : lifecycleSteps) {
      lifecycle = copyOf(lifecycle, hazard.getModelElementById(step.taskKey()));
    }
    BpmnModelInstance lifecycleModel = lifecycle.endEvent("EndEvent_Bare").done();

    UserTask tracked = hazard.getModelElementById(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    UserTask overdue = hazard.getModelElementById(HazardProcess.USER_TASK_DECIDE_OVERDUE);
    BpmnModelInstance timers = Bpmn.createExecutableProcess(TIMERS).camundaHistoryTimeToLiveString("P10950D")
        .startEvent("StartEvent_Bare")
        .userTask(tracked.getId()).camundaCandidateGroups(tracked.getCamundaCandidateGroups())
        .camundaFormRef(tracked.getCamundaFormRef()).camundaFormRefBinding("latest")
        .boundaryEvent(HazardProcess.TIMER_RECTIFICATION_REMINDER).cancelActivity(false)
        .timerWithDate("${" + REMIND_AT + "}").endEvent("EndEvent_Reminded")
        .moveToActivity(tracked.getId())
        .boundaryEvent(HazardProcess.TIMER_RECTIFICATION_DUE).timerWithDate("${" + DUE_AT + "}")
        .userTask(overdue.getId()).camundaCandidateGroups(overdue.getCamundaCandidateGroups())
        .camundaFormRef(overdue.getCamundaFormRef()).camundaFormRefBinding("latest").endEvent("EndEvent_Overdue")
        .moveToActivity(tracked.getId()).endEvent("EndEvent_Tracked")
        .done();

    repository.createDeployment().name("benchmark references").enableDuplicateFiltering(true)
        .addModelInstance(LIFECYCLE + ".bpmn", lifecycleModel)
        .addModelInstance(TIMERS + ".bpmn", timers)
        .deploy();
  }

  private static AbstractFlowNodeBuilder<?, ?> copyOf(AbstractFlowNodeBuilder<?, ?> builder, UserTask task) {
    return builder.userTask(task.getId()).name(task.getName())
        .camundaCandidateGroups(task.getCamundaCandidateGroups())
        .camundaFormRef(task.getCamundaFormRef()).camundaFormRefBinding("latest");
  }
}
