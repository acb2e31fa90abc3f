package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.DeadlineCorrected;
import cn.sh.emergency.supervision.shared.DeadlineRule;
import cn.sh.emergency.supervision.shared.MovedDeadline;
import cn.sh.emergency.supervision.shared.ProvisionalNotice;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import cn.sh.emergency.supervision.shared.TaskNotices;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Computes the provisional deadlines of running cases again on a newer calendar and moves what changed in the engine:
 * open tasks' due dates (with a comment and the provisional notice updated), waiting timers (one now in the past fires
 * at once) and stored dates later steps compute from. A deadline computed from another moved one (a reminder ahead
 * of it) follows it. Each moved deadline is announced as {@link DeadlineCorrected}, so the case file records it.
 */
@Component
class DeadlineCorrection {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ProvisionalDeadlines store;
  private final Deadline deadline;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;

  DeadlineCorrection(ProvisionalDeadlines store, Deadline deadline, RuntimeService runtimeService,
                     TaskService taskService, ManagementService managementService, RepositoryService repositoryService,
                     IdentityService identityService, ApplicationEventPublisher events) {
    this.store = store;
    this.deadline = deadline;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.events = events;
  }

  /** Recomputes every instance the rows belong to on the calendar {@code on} (of the given version). */
  List<MovedDeadline> correct(List<ProvisionalDeadlines.Row> rows, StatutoryCalendar on, long calendarVersion) {
    Set<String> instances = new LinkedHashSet<>();
    rows.forEach(row -> instances.add(row.processInstanceId()));
    return SystemContext.asSystem(identityService, () -> {
      List<MovedDeadline> moved = new ArrayList<>();
      for (String instance : instances) {
        moved.addAll(correctInstance(instance, on, calendarVersion));
      }
      return moved;
    });
  }

  private List<MovedDeadline> correctInstance(String instance, StatutoryCalendar on, long calendarVersion) {
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
    if (running == null) {
      store.forgetInstance(instance);
      return List.of();
    }
    Map<Instant, Instant> movedTo = new HashMap<>();
    Map<Instant, DeadlineCorrected> results = new LinkedHashMap<>();
    for (ProvisionalDeadlines.Row row : store.ofInstance(instance)) {
      DeadlineRule rule = row.rule().from(movedTo.getOrDefault(row.rule().start(), row.rule().start()));
      Date due = deadline.on(on, rule);
      boolean provisional = !deadline.provisionalYears(on, rule, due).isEmpty();
      store.recomputed(row, rule.start(), due.toInstant(), provisional, calendarVersion);
      if (!due.toInstant().equals(row.due())) {
        movedTo.put(row.due(), due.toInstant());
      }
      results.putIfAbsent(row.due(), new DeadlineCorrected(instance, row.caseNo(), row.activityId(),
          stepName(running.getProcessDefinitionId(), row.activityId()).orElse(null), row.due(), due.toInstant(), provisional));
    }
    List<MovedDeadline> moved = new ArrayList<>();
    for (DeadlineCorrected result : results.values()) {
      if (result.moved()) {
        moved.addAll(move(result));
      }
      markTasks(result);
      events.publishEvent(result);
    }
    return moved;
  }

  private List<MovedDeadline> move(DeadlineCorrected result) {
    List<MovedDeadline> moved = new ArrayList<>();
    String comment = ProvisionalNotice.corrected(shown(result.previous()), shown(result.corrected()));
    for (Task task : taskService.createTaskQuery().processInstanceId(result.processInstanceId())
        .dueDate(Date.from(result.previous())).list()) {
      task.setDueDate(Date.from(result.corrected()));
      taskService.saveTask(task);
      taskService.createComment(task.getId(), task.getProcessInstanceId(), comment);
      // The step as the model names it (the task's name in Tasklist also carries the enterprise and party).
      moved.add(movedThing(result, MovedDeadline.Kind.TASK,
          elementName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).orElse(task.getName())));
    }
    for (Job job : managementService.createJobQuery().processInstanceId(result.processInstanceId()).timers().list()) {
      if (job.getDuedate() != null && job.getDuedate().toInstant().equals(result.previous())) {
        managementService.setJobDuedate(job.getId(), Date.from(result.corrected()));
        moved.add(movedThing(result, MovedDeadline.Kind.TIMER, timerName(job)));
      }
    }
    // Whichever Date variables held the deadline (any name, process- or task-local) move with it.
    for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(result.processInstanceId()).list()) {
      if (variable.getValue() instanceof Date date && date.toInstant().equals(result.previous())) {
        if (variable.getTaskId() != null) {
          taskService.setVariableLocal(variable.getTaskId(), variable.getName(), Date.from(result.corrected()));
        } else {
          runtimeService.setVariableLocal(variable.getExecutionId(), variable.getName(), Date.from(result.corrected()));
        }
        moved.add(movedThing(result, MovedDeadline.Kind.VARIABLE,
            result.step() != null ? result.step() : variable.getName()));
      }
    }
    return moved;
  }

  /** The notice on the tasks now due at the corrected date says whether it is still provisional. */
  private void markTasks(DeadlineCorrected result) {
    for (Task task : taskService.createTaskQuery().processInstanceId(result.processInstanceId())
        .dueDate(Date.from(result.corrected())).list()) {
      Date dueSoon = deadline.dueSoonFrom(task.getDueDate(), Deadline.DUE_SOON_WORKING_DAYS);
      boolean noticed = TaskNotices.has(task.getDescription(), ProvisionalNotice.TASK);
      if (dueSoon.equals(task.getFollowUpDate()) && noticed == result.stillProvisional()) {
        continue;
      }
      task.setFollowUpDate(dueSoon);
      task.setDescription(result.stillProvisional()
          ? TaskNotices.with(task.getDescription(), ProvisionalNotice.TASK, ProvisionalNotice.TASK)
          : TaskNotices.without(task.getDescription(), ProvisionalNotice.TASK));
      taskService.saveTask(task);
    }
  }

  private MovedDeadline movedThing(DeadlineCorrected result, MovedDeadline.Kind kind, String step) {
    return new MovedDeadline(result.caseNo(), result.processInstanceId(), kind, step, result.previous(),
        result.corrected(), result.stillProvisional());
  }

  private String shown(Instant instant) {
    return DAY.format(BureauTime.at(instant));
  }

  private String timerName(Job job) {
    JobDefinition definition = managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult();
    if (definition == null) {
      return null;
    }
    return elementName(job.getProcessDefinitionId(), definition.getActivityId()).orElse(definition.getActivityId());
  }

  private Optional<String> stepName(String processDefinitionId, String activityId) {
    return activityId == null ? Optional.empty() : elementName(processDefinitionId, activityId);
  }

  private Optional<String> elementName(String processDefinitionId, String activityId) {
    FlowElement element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    return element == null ? Optional.empty() : Optional.ofNullable(element.getName());
  }
}
