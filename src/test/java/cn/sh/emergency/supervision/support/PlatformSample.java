package cn.sh.emergency.supervision.support;

/** Constants of the test-only process {@code processes/platform/platform-sample.bpmn}. */
public final class PlatformSample {

  public static final String PROCESS_KEY = "platform-sample";
  public static final String USER_TASK_HANDLE = "UserTask_Handle";
  public static final String USER_TASK_REVIEW = "UserTask_Review";
  public static final String TIMER_HANDLE_REMINDER = "Timer_HandleReminder";
  public static final String HANDLE_OUTCOME = "handleOutcome";
  public static final String PASSWORD = "demo";

  private PlatformSample() {
  }
}
