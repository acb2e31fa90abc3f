package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 催办: raises the priority of the case's open tasks, adds a comment Tasklist shows on each, and writes a
 * full-process record. Used by reminder timers and by leaders over {@code POST /api/cases/{caseNo}/urge}.
 */
@Component
public class CaseUrging {

  static final int PRIORITY_STEP = 25;
  static final int MAX_PRIORITY = 100;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final CaseFile caseFile;

  CaseUrging(TaskService taskService, IdentityService identityService, CaseFile caseFile) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.caseFile = caseFile;
  }

  /** Urges the open tasks of a case's process instance; returns the ids of the tasks urged. */
  public List<String> urge(String caseNo, String processInstanceId, String actor, String reason) {
    String comment = "催办（" + actor + "）：" + reason;
    List<String> urged = SystemContext.asSystem(identityService, () -> {
      List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).active().list();
      for (Task task : open) {
        task.setPriority(Math.min(MAX_PRIORITY, task.getPriority() + PRIORITY_STEP));
        taskService.saveTask(task);
        taskService.createComment(task.getId(), processInstanceId, comment);
      }
      return open.stream().map(Task::getId).toList();
    });
    caseFile.urged(caseNo, new RecordEntry(RecordKind.URGED, EngineClock.now(), actor, null, "催办",
        processInstanceId, null, reason, Map.of("tasks", urged)));
    return urged;
  }
}
