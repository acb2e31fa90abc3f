package cn.sh.emergency.supervision.shared;

import java.time.Instant;

/**
 * A provisional deadline of a running case computed again on a newer calendar (a year was published or corrected):
 * moved when {@code corrected} differs from {@code previous}; still provisional when it depends on another year
 * without an official arrangement. Published inside the transaction that moved it.
 *
 * @param step the name of the step (task or timer) the deadline was computed for, if known
 */
public record DeadlineCorrected(String processInstanceId, String caseNo, String activityId, String step,
                                Instant previous, Instant corrected, boolean stillProvisional) {

  public boolean moved() {
    return !previous.equals(corrected);
  }
}
