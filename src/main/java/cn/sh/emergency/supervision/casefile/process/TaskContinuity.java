package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.shared.process.DistrictMembers;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.SeparationOfDuties;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 承办连续性: a task of a case that nobody is assigned to goes to whoever did the case's previous step of the same group
 * (a candidate group in common; for city-level accident work, the user a candidate of both) — so a handler who
 * claimed a hazard's verification keeps the case to its acceptance without claiming each step again. The task keeps
 * its candidate groups, so colleagues still see it in 本组待办, and a section chief can transfer it (转办).
 *
 * <p>Who did the previous step comes from the case's full-process record (every completion names its candidate
 * groups), so it holds across the processes of a case and inside one engine transaction. The task is not assigned
 * when that user no longer exists or has the group, does not belong to the task's district, is kept from the task by
 * separation of duties, or did steps of another group in this case (one person in two roles is left to people to
 * decide). Each assignment is recorded (任务分派).
 */
@Component
class TaskContinuity {

  /** Completion records of a case looked at, newest first (a case has far fewer). */
  static final int RECORDS_SCANNED = 200;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseRecords caseRecords;

  TaskContinuity(CaseRecords caseRecords) {
    this.caseRecords = caseRecords;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getAssignee() != null) {
      return;
    }
    Optional<String> caseNo = StepRecords.caseNo(task.getExecution());
    TaskCandidates candidates = TaskCandidates.of(task);
    if (caseNo.isEmpty() || candidates.isEmpty()) {
      return;
    }
    List<RecordView> completions = caseRecords.latest(caseNo.get(), RecordKind.TASK_COMPLETED, RECORDS_SCANNED);
    RecordView previous = null;
    TaskCandidates previousCandidates = null;
    for (RecordView completion : completions) {
      TaskCandidates done = TaskCandidates.ofRecord(completion.details());
      if (done.sharesWith(candidates, completer(completion))) {
        previous = completion;
        previousCandidates = done;
        break;
      }
    }
    if (previous == null) {
      return;
    }
    String user = completer(previous);
    if (actedInAnotherGroup(completions, user, candidates)
        || !eligible(task, user, sharedGroups(previousCandidates, candidates))) {
      return;
    }
    task.setAssignee(user);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("taskId", task.getId());
    details.put("assignee", user);
    details.put("basis", "CONTINUITY");
    details.put("previousActivityId", previous.activityId());
    detail(previous, "taskId").ifPresent(id -> details.put("previousTaskId", id));
    caseRecords.append(caseNo.get(), new RecordEntry(RecordKind.TASK_ASSIGNED, EngineClock.now(), EngineUsers.SYSTEM,
        task.getTaskDefinitionKey(), CaseFileEngineListener.stepName(task), task.getProcessInstanceId(), null,
        "承办连续性：上一环节「" + previous.activityName() + "」由 " + user + " 办理，本环节继续由其办理", details));
  }

  /** Who completed the step: the user recorded as acting, else its assignee (a completion by the system). */
  private static String completer(RecordView completion) {
    if (completion.actor() != null && !EngineUsers.SYSTEM.equals(completion.actor())) {
      return completion.actor();
    }
    return detail(completion, "assignee").orElse(null);
  }

  /** The user completed, in this case, a step whose candidate groups the new task does not share. */
  private static boolean actedInAnotherGroup(List<RecordView> completions, String user, TaskCandidates task) {
    if (task.groups().isEmpty()) {
      return false;
    }
    return completions.stream().filter(c -> user.equals(completer(c)))
        .map(c -> TaskCandidates.ofRecord(c.details()).groups())
        .anyMatch(groups -> !groups.isEmpty() && groups.stream().noneMatch(task.groups()::contains));
  }

  private static List<String> sharedGroups(TaskCandidates previous, TaskCandidates task) {
    return task.groups().stream().filter(previous.groups()::contains).toList();
  }

  /** The user still exists, still has the group, belongs to the task's district and may do it. */
  private static boolean eligible(DelegateTask task, String user, List<String> groups) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return SystemContext.asSystem(identity, () -> {
      // Usually one query: a member of the group and, directly, of the district.
      boolean direct = task.getTenantId() != null && groups.stream().anyMatch(group -> identity.createUserQuery()
          .userId(user).memberOfGroup(group).memberOfTenant(task.getTenantId()).count() > 0);
      if (direct) {
        return !SeparationOfDuties.forbids(task, user);
      }
      if (identity.createUserQuery().userId(user).count() == 0) {
        return false;
      }
      if (!groups.isEmpty() && groups.stream()
          .noneMatch(group -> identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0)) {
        return false;
      }
      if (task.getTenantId() != null && !DistrictMembers.belongs(identity, user, task.getTenantId())) {
        return false;
      }
      return !SeparationOfDuties.forbids(task, user);
    });
  }

  private static Optional<String> detail(RecordView record, String key) {
    if (record.details() == null) {
      return Optional.empty();
    }
    try {
      JsonNode value = JSON.readTree(record.details()).path(key);
      return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
