package cn.sh.emergency.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Time passing for a case in tests that run without the job executor: the engine clock moves just past a timer's due
 * date and the timer fires, as it would have when that day came.
 */
public final class CaseTimers {

  private final RuntimeService runtime;
  private final ManagementService management;

  public CaseTimers(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** Fires the case's timers of the given activity, in the order of their due dates (at least one must wait). */
  public void fire(String caseNo, String timerId) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list()
        .stream().map(ProcessInstance::getId).toList();
    List<Job> timers = management.createJobQuery().activityId(timerId).timers().list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId()))
        .sorted(Comparator.comparing(Job::getDuedate)).toList();
    assertThat(timers).as(timerId + " of " + caseNo).isNotEmpty();
    for (Job timer : timers) {
      Date due = new Date(timer.getDuedate().getTime() + 60_000);
      if (due.after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due);
      }
      management.executeJob(timer.getId());
    }
  }
}
