package cn.sh.emergency.supervision.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Statutory periods on the Chinese working calendar. The day on which a period starts is not counted
 * (行政处罚法 art. 85); short periods run in working days; longer ones in calendar days and, when the last day
 * is not a working day, end on the next working day. Any day outside the loaded years fails loudly.
 */
public final class StatutoryCalendar {

  private final Map<Integer, HolidayYear> years = new TreeMap<>();
  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> workedWeekendDays = new HashSet<>();

  public StatutoryCalendar(Collection<HolidayYear> data) {
    for (HolidayYear year : data) {
      years.put(year.year(), year);
      for (HolidayYear.Block block : year.holidays()) {
        for (LocalDate d = block.from(); !d.isAfter(block.to()); d = d.plusDays(1)) {
          daysOff.add(d);
        }
      }
      workedWeekendDays.addAll(year.workdays());
    }
  }

  /** The calendar of the shipped holiday data plus an optional override file (may be null). */
  public static StatutoryCalendar load(String overrideFile) {
    return new StatutoryCalendar(HolidayDataLoader.load(overrideFile));
  }

  public Set<Integer> coveredYears() {
    return years.keySet();
  }

  /** The day itself, if the loaded holiday data covers its year. */
  public LocalDate requireCovered(LocalDate day) {
    if (!years.containsKey(day.getYear())) {
      throw new CalendarNotCoveredException(day.getYear());
    }
    return day;
  }

  public boolean isWorkingDay(LocalDate day) {
    requireCovered(day);
    if (workedWeekendDays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !daysOff.contains(day);
  }

  /** The n-th working day after {@code start}; n = 0 gives start itself or, if it is a day off, the next working day. */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    requireNonNegative(n);
    if (n == 0) {
      return nextWorkingDayFrom(start);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The n-th working day before {@code end}, for reminders ahead of a deadline. */
  public LocalDate minusWorkingDays(LocalDate end, int n) {
    requireNonNegative(n);
    LocalDate day = end;
    int counted = 0;
    while (counted < n) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** n calendar days after start, moved to the next working day when the last day is a day off. */
  public LocalDate plusDays(LocalDate start, int n) {
    requireNonNegative(n);
    return rolled(start, d -> d.plusDays(n));
  }

  /** n months after start (same day of month, or the month's last day), moved to the next working day if needed. */
  public LocalDate plusMonths(LocalDate start, int n) {
    requireNonNegative(n);
    return rolled(start, d -> d.plusMonths(n));
  }

  private LocalDate rolled(LocalDate start, UnaryOperator<LocalDate> period) {
    return nextWorkingDayFrom(period.apply(start));
  }

  private LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static void requireNonNegative(int n) {
    if (n < 0) {
      throw new InvalidInputException("期限天数不能为负数：" + n);
    }
  }
}
