package cn.sh.emergency.supervision.shared;

import java.time.Instant;

/** One thing of a running case that a calendar correction moved: a task's due date, a timer, or a stored date. */
public record MovedDeadline(String caseNo, String processInstanceId, Kind kind, String step, Instant previous,
                            Instant corrected, boolean stillProvisional) {

  public enum Kind {
    /** A user task's due date. */
    TASK,
    /** A waiting timer (its job's due date). */
    TIMER,
    /** A date kept in a process variable that later steps compute from. */
    VARIABLE
  }
}
