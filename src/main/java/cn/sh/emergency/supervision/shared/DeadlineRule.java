package cn.sh.emergency.supervision.shared;

import java.time.Instant;
import java.time.LocalDate;

/** How a deadline was computed — kind, start and count — so it can be computed again on a newer calendar. */
public record DeadlineRule(Kind kind, Instant start, int amount) {

  public enum Kind {
    /** End of the n-th working day after the start. */
    WORKING_DAYS,
    /** End of the n-th calendar day after the start, rolled to the next working day. */
    DAYS,
    /** End of the day n months after the start, rolled to the next working day. */
    MONTHS,
    /** Start of the n-th working day before the start (a reminder ahead of a deadline). */
    WORKING_DAYS_BEFORE
  }

  /** The day the rule gives from the given start day on the given calendar. */
  public LocalDate dayOn(StatutoryCalendar calendar, LocalDate startDay) {
    return switch (kind) {
      case WORKING_DAYS -> calendar.plusWorkingDays(startDay, amount);
      case DAYS -> calendar.plusDays(startDay, amount);
      case MONTHS -> calendar.plusMonths(startDay, amount);
      case WORKING_DAYS_BEFORE -> calendar.minusWorkingDays(startDay, amount);
    };
  }

  /** Whether the deadline is the start of its day (reminders) rather than its end. */
  public boolean atStartOfDay() {
    return kind == Kind.WORKING_DAYS_BEFORE;
  }

  public DeadlineRule from(Instant newStart) {
    return new DeadlineRule(kind, newStart, amount);
  }
}
