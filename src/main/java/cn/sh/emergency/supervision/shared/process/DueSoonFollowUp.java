package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.Deadline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task with a due date gets, as its follow-up date, the day from which it is 即将到期 (due within 3 working days on
 * the statutory calendar): Tasklist shows it on the task, and the task list's light turns yellow from then.
 */
@Component
class DueSoonFollowUp {

  private final Deadline deadline;

  DueSoonFollowUp(Deadline deadline) {
    this.deadline = deadline;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getDueDate() != null
        && task.getFollowUpDate() == null) {
      task.setFollowUpDate(deadline.dueSoonFrom(task.getDueDate(), Deadline.DUE_SOON_WORKING_DAYS));
    }
  }
}
