package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Recognises the events of a process instance itself among the engine's execution events. */
public final class EngineEvents {

  private EngineEvents() {
  }

  /** The instance starts: its start variables are set, its first activity not yet entered. */
  public static boolean isInstanceStart(DelegateExecution execution) {
    return ExecutionListener.EVENTNAME_START.equals(execution.getEventName()) && isInstanceEvent(execution);
  }

  public static boolean isInstanceEnd(DelegateExecution execution) {
    return ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) && isInstanceEvent(execution);
  }

  /**
   * The activity is entered, e.g. the start event once the instance has started (and its case is open): listeners of
   * the instance's own start have all run.
   */
  public static boolean isActivityStart(DelegateExecution execution, String activityId) {
    return ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
        && activityId.equals(execution.getCurrentActivityId()) && !isInstanceEvent(execution);
  }

  /** Events of the process instance itself carry no activity instance of their own. */
  private static boolean isInstanceEvent(DelegateExecution execution) {
    String activityInstance = execution.getActivityInstanceId();
    return execution.getId().equals(execution.getProcessInstanceId())
        && (activityInstance == null || activityInstance.equals(execution.getProcessInstanceId()));
  }

  /** Whether an event belongs to a definition of the given process key. */
  public static boolean isOf(String processDefinitionId, String processKey) {
    return processDefinitionId != null && processDefinitionId.startsWith(processKey + ":");
  }
}
