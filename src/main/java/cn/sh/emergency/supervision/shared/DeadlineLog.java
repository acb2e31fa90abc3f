package cn.sh.emergency.supervision.shared;

import java.time.Instant;
import java.util.SortedSet;

/**
 * Where the {@link Deadline} bean notes the deadlines it computed from provisional holiday data, so that they are
 * shown as provisional and recomputed when the year is published. Outside a running case there is nothing to note.
 */
public interface DeadlineLog {

  DeadlineLog NONE = new DeadlineLog() {
    @Override
    public void provisional(DeadlineRule rule, Instant due, SortedSet<Integer> provisionalYears, int fromYear,
                            int toYear, long calendarVersion) {
    }

    @Override
    public boolean isProvisional(String processInstanceId, Instant due) {
      return false;
    }
  };

  /** A deadline of the current case computed while the given years had no official arrangement. */
  void provisional(DeadlineRule rule, Instant due, SortedSet<Integer> provisionalYears, int fromYear, int toYear,
                   long calendarVersion);

  /** Whether the deadline at {@code due} of the process instance is provisional. */
  boolean isProvisional(String processInstanceId, Instant due);
}
