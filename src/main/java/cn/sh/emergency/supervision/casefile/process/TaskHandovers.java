package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.DistrictMembers;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转办, 委派 and 委派归还 of a case's open task, with Camunda's own assignee, delegate and resolve, and the full-process
 * record of every change of hands:
 * <ul>
 *   <li><b>转办</b> (transfer): a section chief or leader of the task's district gives it, with a reason, to another
 *   member of the task's group in that district;</li>
 *   <li><b>委派</b> (delegate): the task's assignee has a colleague of the same group and district do it, with a
 *   reason; the assignee stays its owner;</li>
 *   <li><b>归还</b> (resolve): the colleague hands it back to the owner (also by submitting its form in Tasklist).</li>
 * </ul>
 * The engine is asked on behalf of the system once the caller's right is checked here; separation of duties still
 * refuses a user the step excludes. Every change of a task's assignee that is not a user's own claim (or giving up of
 * a claim) becomes a record: who, to whom, when and why.
 */
@Component
public class TaskHandovers {

  static final int MAX_REASON_LENGTH = 500;
  /** Hand-over records of a case looked at to tell whether a task is still delegated. */
  static final int RECORDS_SCANNED = 200;

  /** The handover the current thread asks the engine for, so that the assignment's record carries its reason. */
  private static final ThreadLocal<Handover> CURRENT = new ThreadLocal<>();

  /** A change of hands: its kind, who made it, who had and who has the task ({@code details}) and why. */
  private record Handover(String taskId, RecordKind kind, String actor, Map<String, Object> details, String reason) {
  }

  private static Map<String, Object> hands(String fromKey, String from, String toKey, String to) {
    Map<String, Object> hands = new LinkedHashMap<>();
    if (from != null) {
      hands.put(fromKey, from);
    }
    if (to != null) {
      hands.put(toKey, to);
    }
    return hands;
  }

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CaseRecords caseRecords;

  TaskHandovers(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                CaseRecords caseRecords) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.caseRecords = caseRecords;
  }

  /** 转办: a section chief or leader of the task's district gives it to another member of its group there. */
  @Transactional
  public CaseTask transfer(AuthenticatedUser user, String taskId, String assignee, String reason) {
    Task task = visibleTask(user, taskId);
    if (Roles.TRANSFERRING.stream().noneMatch(user::hasRole)) {
      throw new ForbiddenException("只有科室负责人或分管/主要负责人可以转办任务；承办人可以委派本人的任务或取消认领");
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw new ConflictException("任务已委派给 " + task.getAssignee() + "，须待其归还后再转办");
    }
    String why = reason(reason, "请填写转办理由");
    String target = required(assignee, "请指定转办给谁（assignee）");
    if (target.equals(task.getAssignee())) {
      throw new InvalidInputException("任务已由 " + target + " 办理，无需转办");
    }
    eligible(task, target);
    Handover handover = new Handover(taskId, RecordKind.TASK_TRANSFERRED, user.userId(),
        hands("from", task.getAssignee(), "to", target), why);
    asking(handover, () -> taskService.setAssignee(taskId, target));
    comment(task, "转办（" + user.userId() + "：" + (task.getAssignee() == null ? "未分派" : task.getAssignee())
        + " → " + target + "）：" + why);
    return view(taskId);
  }

  /** 委派: the task's assignee has a colleague of the same group and district do it. */
  @Transactional
  public CaseTask delegate(AuthenticatedUser user, String taskId, String delegate, String reason) {
    Task task = visibleTask(user, taskId);
    if (!user.userId().equals(task.getAssignee())) {
      throw new ForbiddenException("只有任务的办理人可以委派" + (task.getAssignee() == null ? "（请先认领任务）"
          : "（当前办理人：" + task.getAssignee() + "）"));
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw new ConflictException("任务已委派给 " + task.getAssignee() + "（受委派人不能再委派），须待其归还");
    }
    String why = reason(reason, "请填写委派事项或理由");
    String target = required(delegate, "请指定委派给谁（delegate）");
    if (target.equals(user.userId())) {
      throw new InvalidInputException("不能委派给自己");
    }
    eligible(task, target);
    Handover handover = new Handover(taskId, RecordKind.TASK_DELEGATED, user.userId(),
        hands("owner", user.userId(), "delegate", target), why);
    asking(handover, () -> taskService.delegateTask(taskId, target));
    comment(task, "委派（" + user.userId() + " → " + target + "）：" + why);
    return view(taskId);
  }

  /** 归还: the delegate hands the task back to its owner, optionally with a note. */
  @Transactional
  public CaseTask resolve(AuthenticatedUser user, String taskId, String note) {
    Task task = visibleTask(user, taskId);
    if (!user.userId().equals(task.getAssignee())) {
      throw new ForbiddenException("只有受委派人可以归还任务");
    }
    if (task.getDelegationState() != DelegationState.PENDING) {
      throw new ConflictException("任务未被委派，无需归还");
    }
    String text = note == null || note.isBlank() ? null : note.trim();
    if (text != null && text.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("归还说明不能超过" + MAX_REASON_LENGTH + "字");
    }
    Handover handover = new Handover(taskId, RecordKind.TASK_RESOLVED, user.userId(),
        hands("delegate", user.userId(), "owner", task.getOwner()), text);
    asking(handover, () -> taskService.resolveTask(taskId));
    comment(task, "委派归还（" + user.userId() + " → " + task.getOwner() + "）" + (text == null ? "" : "：" + text));
    return view(taskId);
  }

  /** The open tasks of a case (of every process of it), oldest first. */
  public List<CaseTask> openTasks(String caseNo) {
    return SystemContext.asSystem(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNo).orderByTaskCreateTime().asc().list().stream()
        .map(this::toView).toList());
  }

  /**
   * Records a change of hands, whichever way it was asked for (this API, Tasklist's submission of a delegated task,
   * an administrator's call): assignments at a task's creation are the model's, or recorded by {@link TaskContinuity};
   * a user's own claim and the giving up of it are not records of the case. A delegated task submitted in Tasklist is
   * resolved without an assignment event (the engine reports it as an update), so a return to the owner is recognised
   * by the task's state against the case's records.
   */
  @EventListener
  public void onAssignment(DelegateTask task) {
    boolean assignment = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName());
    if (!assignment && !TaskListener.EVENTNAME_UPDATE.equals(task.getEventName()) || task.getLastUpdated() == null) {
      return;
    }
    Optional<String> caseNo = StepRecords.caseNo(task.getExecution());
    if (caseNo.isEmpty()) {
      return;
    }
    Handover asked = CURRENT.get();
    Handover handover;
    if (asked != null && asked.taskId().equals(task.getId())) {
      handover = assignment ? asked : null;
    } else {
      handover = returnedToOwner(caseNo.get(), task).orElse(assignment ? observed(task) : null);
    }
    if (handover == null) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("taskId", task.getId());
    details.putAll(handover.details());
    caseRecords.append(caseNo.get(), new RecordEntry(handover.kind(), EngineClock.now(), handover.actor(),
        task.getTaskDefinitionKey(), CaseFileEngineListener.stepName(task), task.getProcessInstanceId(), null,
        handover.reason(), details));
  }

  /** A delegated task back with its owner, and the case's record still has it delegated: 归还. */
  private Optional<Handover> returnedToOwner(String caseNo, DelegateTask task) {
    DelegationState state = task instanceof Task t ? t.getDelegationState() : null;
    if (state != DelegationState.RESOLVED || task.getOwner() == null || !task.getOwner().equals(task.getAssignee())) {
      return Optional.empty();
    }
    Optional<RecordView> delegated = latestOf(caseNo, RecordKind.TASK_DELEGATED, task.getId());
    Optional<RecordView> resolved = latestOf(caseNo, RecordKind.TASK_RESOLVED, task.getId());
    if (delegated.isEmpty() || resolved.isPresent() && resolved.get().seq() > delegated.get().seq()) {
      return Optional.empty();
    }
    String actor = EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), null);
    return Optional.of(new Handover(task.getId(), RecordKind.TASK_RESOLVED, actor,
        hands("delegate", actor, "owner", task.getOwner()), null));
  }

  private Optional<RecordView> latestOf(String caseNo, RecordKind kind, String taskId) {
    return caseRecords.latest(caseNo, kind, RECORDS_SCANNED).stream()
        .filter(r -> r.details() != null && r.details().contains("\"taskId\":\"" + taskId + "\""))
        .findFirst();
  }

  /** A change of hands not asked for through this API (an administrator's call over the engine's REST API). */
  private static Handover observed(DelegateTask task) {
    String actor = EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), null);
    String assignee = task.getAssignee();
    DelegationState state = task instanceof Task t ? t.getDelegationState() : null;
    if (state == DelegationState.PENDING && assignee != null && !assignee.equals(task.getOwner())) {
      return new Handover(task.getId(), RecordKind.TASK_DELEGATED, actor,
          hands("owner", task.getOwner(), "delegate", assignee), null);
    }
    if (state == DelegationState.RESOLVED && assignee != null && assignee.equals(task.getOwner())) {
      return null; // back with its owner: recorded as 归还 when the task came back
    }
    if (assignee == null || assignee.equals(actor) || EngineUsers.SYSTEM.equals(actor)) {
      return null; // a user's own claim, or giving it up (the engine's history keeps it); or the system's own work
    }
    return new Handover(task.getId(), RecordKind.TASK_ASSIGNED, actor, hands("from", null, "to", assignee), null);
  }

  /** The task, if it is an open task of a case in one of the caller's districts (else, as if it did not exist). */
  private Task visibleTask(AuthenticatedUser user, String taskId) {
    Task task = SystemContext.asSystem(identityService,
        () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || !user.canSee(task.getTenantId()) || caseNoOf(task) == null) {
      throw new NotFoundException("任务不存在或无权查看：" + taskId);
    }
    return task;
  }

  private String caseNoOf(Task task) {
    return SystemContext.asSystem(identityService, () -> {
      return CommonVariables.Typed.CASE_NO.from(runtimeService, task.getExecutionId()).getOrNull();
    });
  }

  /** Whom a task may be given to: a member of one of its groups (or a user it names) in its district. */
  private void eligible(Task task, String userId) {
    SystemContext.asSystem(identityService, () -> {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        throw new InvalidInputException("用户不存在：" + userId);
      }
      TaskCandidates candidates = TaskCandidates.of(taskService.getIdentityLinksForTask(task.getId()));
      boolean inGroup = candidates.groups().stream()
          .anyMatch(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0)
          || candidates.users().contains(userId);
      if (!inGroup) {
        throw new InvalidInputException(userId + " 不是本任务办理组（" + String.join("、", candidates.groups().stream()
            .map(Roles::chineseName).toList()) + "）的成员");
      }
      if (task.getTenantId() != null && !DistrictMembers.belongs(identityService, userId, task.getTenantId())) {
        throw new InvalidInputException(userId + " 不属于本任务所在的区（" + task.getTenantId() + "）");
      }
      return null;
    });
  }

  /** Asks the engine on behalf of the system; separation of duties refuses in Chinese (400). */
  private void asking(Handover handover, Runnable change) {
    CURRENT.set(handover);
    try {
      SystemContext.asSystem(identityService, () -> {
        change.run();
        return null;
      });
    } catch (ProcessEngineException refused) {
      // Separation of duties refuses in the engine's listener (the engine may wrap it): the user's error, in Chinese.
      for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException userError) {
          throw new InvalidInputException(userError.getMessage());
        }
      }
      throw refused;
    } finally {
      CURRENT.remove();
    }
  }

  private void comment(Task task, String text) {
    SystemContext.asSystem(identityService, () -> taskService.createComment(task.getId(),
        task.getProcessInstanceId(), text));
  }

  private CaseTask view(String taskId) {
    return SystemContext.asSystem(identityService,
        () -> toView(taskService.createTaskQuery().taskId(taskId).singleResult()));
  }

  private CaseTask toView(Task task) {
    String returnReason = CommonVariables.Typed.RETURN_REASON.from(taskService, task.getId()).getLocalOrNull();
    return new CaseTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        task.getTenantId(), task.getAssignee(), task.getOwner(),
        task.getDelegationState() == null ? null : task.getDelegationState().name(),
        TaskCandidates.of(taskService.getIdentityLinksForTask(task.getId())).groups(),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        returnReason);
  }

  private static String reason(String reason, String missing) {
    String text = required(reason, missing);
    if (text.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("理由不能超过" + MAX_REASON_LENGTH + "字");
    }
    return text;
  }

  private static String required(String value, String missing) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(missing);
    }
    return value.trim();
  }
}
