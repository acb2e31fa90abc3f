package cn.sh.emergency.supervision.shared;

import cn.sh.emergency.supervision.shared.BureauTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.SortedSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code deadline} bean of BPMN expressions: {@code ${deadline.workingDays(now(), 5)}} for timers
 * ({@code timeDate}) and user-task due dates. A period ends at the end of its last day (23:59:59 bureau time, see
 * {@link BureauTime}), so a timer on it fires once the whole last day has passed. A deadline that depends on a year
 * without the State Council's notice is computed provisionally and noted in the {@link DeadlineLog}.
 */
@Component("deadline")
public class Deadline {

  /** A task is 即将到期 (due soon) within this many working days of its due date. */
  public static final int DUE_SOON_WORKING_DAYS = 3;

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final StatutoryCalendar calendar;
  private final DeadlineLog log;

  @Autowired
  public Deadline(StatutoryCalendar calendar, DeadlineLog log) {
    this.calendar = calendar;
    this.log = log;
  }

  /** A deadline bean that notes nothing (process and unit tests). */
  public Deadline(StatutoryCalendar calendar) {
    this(calendar, DeadlineLog.NONE);
  }

  /** End of the n-th working day after start. */
  public Date workingDays(Object start, int n) {
    return noted(new DeadlineRule(DeadlineRule.Kind.WORKING_DAYS, instantOf(start), n));
  }

  /**
   * The first instant after the n-th working day: an exclusive bound for "due within n working days" queries,
   * so a deadline at the very end of that day is included.
   */
  public Date withinWorkingDays(Object start, int n) {
    return startOf(calendar.plusWorkingDays(dayOf(start), n).plusDays(1));
  }

  /** End of the n-th calendar day after start, moved to the next working day if that day is off. */
  public Date days(Object start, int n) {
    return noted(new DeadlineRule(DeadlineRule.Kind.DAYS, instantOf(start), n));
  }

  /**
   * Exactly n hours after start, holidays or not: a period the law sets in hours (移送 within 24 hours, 国务院令第310号
   * art. 5) runs on the clock, not the calendar.
   */
  public Date hours(Object start, int n) {
    return Date.from(instantOf(start).plus(java.time.Duration.ofHours(n)));
  }

  /** End of the day n months after start, moved to the next working day if that day is off. */
  public Date months(Object start, int n) {
    return noted(new DeadlineRule(DeadlineRule.Kind.MONTHS, instantOf(start), n));
  }

  /** End of the given day, e.g. of a rectification deadline a user chose as a date. */
  public Date endOf(Object day) {
    return endOf(calendar.requireCovered(dayOf(day)));
  }

  /** Start of the n-th working day before a deadline's day, e.g. when a reminder is due. */
  public Date workingDaysBefore(Object deadline, int n) {
    return noted(new DeadlineRule(DeadlineRule.Kind.WORKING_DAYS_BEFORE, instantOf(deadline), n));
  }

  /**
   * From when a task due at {@code due} counts as due within n working days (the start of the earliest day from
   * which the due day is at most n working days ahead) — what the 即将到期 filter selects, as a date for the task.
   */
  public Date dueSoonFrom(Object due, int n) {
    LocalDate dueDay = dayOf(due);
    LocalDate from = dueDay;
    while (!calendar.plusWorkingDays(from.minusDays(1), n).isBefore(dueDay)) {
      from = from.minusDays(1);
    }
    return startOf(from);
  }

  /** The n-th working day after a day, as a day — for checking a date a user enters, not for a case's deadline. */
  public LocalDate workingDayAfter(LocalDate start, int n) {
    return calendar.plusWorkingDays(start, n);
  }

  /** Whether a day is worked (weekends and public holidays off, 调休 days on). */
  public boolean isWorkingDay(Object day) {
    return calendar.isWorkingDay(dayOf(day));
  }

  /** The deadline a rule gives on the given calendar: the one way every deadline is computed. */
  public Date on(StatutoryCalendar on, DeadlineRule rule) {
    LocalDate day = rule.dayOn(on, dayOf(rule.start()));
    return rule.atStartOfDay() ? startOf(day) : endOf(day);
  }

  /** The years without official holiday data that a deadline computed by the rule depends on. */
  public SortedSet<Integer> provisionalYears(StatutoryCalendar on, DeadlineRule rule, Date due) {
    return on.provisionalYears(dayOf(rule.start()), dayOf(due));
  }

  private Date noted(DeadlineRule rule) {
    Date due = on(calendar, rule);
    LocalDate startDay = dayOf(rule.start());
    LocalDate dueDay = dayOf(due);
    SortedSet<Integer> provisional = calendar.provisionalYears(startDay, dueDay);
    if (!provisional.isEmpty()) {
      log.provisional(rule, due.toInstant(), provisional, Math.min(startDay.getYear(), dueDay.getYear()),
          Math.max(startDay.getYear(), dueDay.getYear()), calendar.version());
    }
    return due;
  }

  /** {@link #dayOf(Object)}, or {@code null} for no value (e.g. a date a case has not recorded yet). */
  public LocalDate dayOrNull(Object value) {
    return value == null ? null : dayOf(value);
  }

  /** The calendar day of a date, instant or ISO text in bureau time. */
  public LocalDate dayOf(Object value) {
    if (value == null) {
      throw new InvalidInputException("计算期限缺少起算日期");
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return ZonedDateTime.ofInstant(instantOf(value), BureauTime.ZONE).toLocalDate();
  }

  private Instant instantOf(Object value) {
    if (value == null) {
      throw new InvalidInputException("计算期限缺少起算日期");
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(BureauTime.ZONE).toInstant();
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof LocalDateTime t) {
      return t.atZone(BureauTime.ZONE).toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof ZonedDateTime t) {
      return t.toInstant();
    }
    if (value instanceof String text) {
      return parse(text);
    }
    throw new InvalidInputException("无法识别的日期：" + value);
  }

  private Instant parse(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(BureauTime.ZONE).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(BureauTime.ZONE).toInstant();
      } catch (DateTimeParseException again) {
        throw new InvalidInputException("日期格式不正确（应为 ISO-8601，如 2026-03-02）：" + text);
      }
    }
  }

  private Date endOf(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(BureauTime.ZONE).toInstant());
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(BureauTime.ZONE).toInstant());
  }
}
