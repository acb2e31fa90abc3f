package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.ProvisionalNotice;
import cn.sh.emergency.supervision.shared.TaskNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user on the task itself that its due date is provisional (the description Tasklist shows), and forgets an
 * instance's provisional deadlines when it ends.
 */
@Component
class ProvisionalDueDateListener {

  private final ProvisionalDeadlines provisionalDeadlines;

  ProvisionalDueDateListener(ProvisionalDeadlines provisionalDeadlines) {
    this.provisionalDeadlines = provisionalDeadlines;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getDueDate() != null
        && task.getProcessInstanceId() != null
        && provisionalDeadlines.isProvisional(task.getProcessInstanceId(), task.getDueDate().toInstant())) {
      task.setDescription(TaskNotices.with(task.getDescription(), ProvisionalNotice.TASK, ProvisionalNotice.TASK));
    }
  }

  @EventListener
  public void onExecution(DelegateExecution execution) {
    if (EngineEvents.isInstanceEnd(execution)) {
      provisionalDeadlines.forgetInstance(execution.getProcessInstanceId());
    }
  }
}
