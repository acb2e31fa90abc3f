package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.TaskNotices;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 催办: marks the case's open tasks so the user sees it in the list and on the task — the name starts with 【催办】,
 * the description says who urged, when and why — raises their priority, adds a comment, and writes a full-process
 * record. Used by reminder timers and by leaders over {@code POST /api/cases/{caseNo}/urge}.
 */
@Component
public class CaseUrging {

  static final int PRIORITY_STEP = 25;
  static final int MAX_PRIORITY = 100;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final CaseFile caseFile;
  private final UserNames names;

  CaseUrging(TaskService taskService, IdentityService identityService, CaseFile caseFile, UserNames names) {
    this.names = names;
    this.taskService = taskService;
    this.identityService = identityService;
    this.caseFile = caseFile;
  }

  /** Urges the open tasks of a case's process instance; returns the ids of the tasks urged. */
  public List<String> urge(String caseNo, String processInstanceId, String actor, String reason) {
    String comment = "催办（" + actor + "）：" + reason;
    List<String> urged = SystemContext.asSystem(identityService, () -> {
      String notice = TaskNotices.URGED + nameOf(actor) + "于" + BureauTime.minuteOf(EngineClock.now())
          + "催办：" + reason;
      List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).active().list();
      for (Task task : open) {
        task.setPriority(Math.min(MAX_PRIORITY, task.getPriority() + PRIORITY_STEP));
        if (task.getName() != null && !task.getName().startsWith(TaskNotices.URGED)) {
          task.setName(TaskNotices.URGED + task.getName());
        }
        task.setDescription(TaskNotices.with(task.getDescription(), TaskNotices.URGED, notice));
        taskService.saveTask(task);
        taskService.createComment(task.getId(), processInstanceId, comment);
      }
      return open.stream().map(Task::getId).toList();
    });
    caseFile.urged(caseNo, new RecordEntry(RecordKind.URGED, EngineClock.now(), actor, null, "催办",
        processInstanceId, null, reason, Map.of("tasks", urged)));
    return urged;
  }

  /** The urging user's name, or the system's reminder for a timer. */
  private String nameOf(String actor) {
    String name = names.of(actor);
    return name.isEmpty() ? "系统（期限提醒）" : name;
  }
}
