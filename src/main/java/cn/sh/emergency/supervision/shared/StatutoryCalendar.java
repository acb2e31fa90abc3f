package cn.sh.emergency.supervision.shared;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statutory periods on the Chinese working calendar. The day on which a period starts is not counted
 * (行政处罚法 art. 85); short periods run in working days; longer ones in calendar days and, when the last day
 * is not a working day, end on the next working day.
 *
 * <p>A year with the State Council's notice is official; a year without one is computed provisionally from the
 * statutory holidays ({@link StatutoryHolidays}), and every result that depends on such a year says so
 * ({@link #provisionalYears}). Only a day beyond the horizon (or before the statutory rules) is refused. The official
 * years are re-read from their {@link CalendarSource} when its version changes, so a year published on another node is
 * in force here within the refresh interval, without a restart.
 */
public final class StatutoryCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(StatutoryCalendar.class);

  private final CalendarSource source;
  private final StatutoryHolidays statutory;
  private final Supplier<LocalDate> today;
  private final int horizonYears;
  private final Duration refreshInterval;
  private final Clock clock = Clock.systemUTC();
  private volatile Snapshot snapshot;
  private volatile long checkedAt;

  public StatutoryCalendar(CalendarSource source, StatutoryHolidays statutory, Supplier<LocalDate> today,
                           int horizonYears, Duration refreshInterval) {
    this.source = source;
    this.statutory = statutory;
    this.today = today;
    this.horizonYears = horizonYears;
    this.refreshInterval = refreshInterval;
    this.snapshot = new Snapshot(source.version(), source.officialYears());
    this.checkedAt = clock.millis();
  }

  /** A calendar of fixed official years (no refresh), e.g. the shipped files in unit tests. */
  public StatutoryCalendar(Collection<HolidayYear> official) {
    this(CalendarSource.fixed(official), StatutoryHolidays.shipped(), BureauTime::today, CalendarProperties.DEFAULT_HORIZON_YEARS,
        Duration.ZERO);
  }

  /** The calendar of the holiday files shipped under {@code calendar/}. */
  public static StatutoryCalendar shipped() {
    return new StatutoryCalendar(HolidayDataLoader.load());
  }

  /** This calendar with one more (or a corrected) official year, for recomputing deadlines before it is committed. */
  public StatutoryCalendar withOfficial(HolidayYear year) {
    Map<Integer, HolidayYear> years = new TreeMap<>(current().official);
    years.put(year.year(), year);
    return new StatutoryCalendar(CalendarSource.fixed(years.values()), statutory, today, horizonYears, Duration.ZERO);
  }

  /** Reads the official years again now (after this node published one). */
  public void refresh() {
    snapshot = new Snapshot(source.version(), source.officialYears());
    checkedAt = clock.millis();
  }

  /** The version of the official data in use. */
  public long version() {
    return current().version;
  }

  public Set<Integer> officialYears() {
    return Collections.unmodifiableSet(current().official.keySet());
  }

  /** The official arrangement of a year, or its provisional computation. */
  public HolidayYear year(int year) {
    requireSupported(year);
    HolidayYear official = current().official.get(year);
    return official != null ? official : statutory.provisional(year);
  }

  public CalendarYearStatus status(int year) {
    requireSupported(year);
    return current().official.containsKey(year) ? CalendarYearStatus.OFFICIAL : CalendarYearStatus.PROVISIONAL;
  }

  /** The years without an official arrangement that a period from {@code a} to {@code b} (either order) runs through. */
  public SortedSet<Integer> provisionalYears(LocalDate a, LocalDate b) {
    Snapshot now = current();
    SortedSet<Integer> years = new TreeSet<>();
    int from = Math.min(a.getYear(), b.getYear());
    int to = Math.max(a.getYear(), b.getYear());
    for (int y = from; y <= to; y++) {
      if (!now.official.containsKey(y)) {
        years.add(y);
      }
    }
    return years;
  }

  /** This year in the statutory zone, by the engine clock. */
  public int thisYear() {
    return today.get().getYear();
  }

  /** The years without an official arrangement from this year up to {@code yearsAhead} years on. */
  public SortedSet<Integer> provisionalYearsAhead(int yearsAhead) {
    int thisYear = thisYear();
    return provisionalYears(LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear + yearsAhead, 1, 1));
  }

  /** The day itself, if deadlines can be computed in its year at all. */
  public LocalDate requireCovered(LocalDate day) {
    requireSupported(day.getYear());
    return day;
  }

  public boolean isWorkingDay(LocalDate day) {
    Snapshot now = current();
    int year = day.getYear();
    if (!now.official.containsKey(year)) {
      requireSupported(year);
    }
    if (now.workedWeekendDays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !now.daysOff.contains(day) && !provisionallyOff(now, day);
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

  private boolean provisionallyOff(Snapshot now, LocalDate day) {
    if (now.official.containsKey(day.getYear())) {
      return false;
    }
    return statutory.provisional(day.getYear()).holidays().stream().anyMatch(block -> block.contains(day));
  }

  private void requireSupported(int year) {
    int thisYear = today.get().getYear();
    if (year > thisYear + horizonYears || statutory.revision(year).isEmpty() && !current().official.containsKey(year)) {
      throw new CalendarNotCoveredException(year);
    }
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

  private Snapshot current() {
    long now = clock.millis();
    if (!refreshInterval.isZero() && now - checkedAt >= refreshInterval.toMillis()) {
      checkedAt = now;
      try {
        long version = source.version();
        if (version != snapshot.version) {
          snapshot = new Snapshot(version, source.officialYears());
          LOG.info("Official holiday arrangements re-read (version {}): {}", version, snapshot.official.keySet());
        }
      } catch (RuntimeException e) {
        LOG.warn("Official holiday arrangements could not be re-read; the ones read before stay in force: {}",
            e.getMessage());
      }
    }
    return snapshot;
  }

  private static void requireNonNegative(int n) {
    if (n < 0) {
      throw new InvalidInputException("期限天数不能为负数：" + n);
    }
  }

  private static final class Snapshot {

    final long version;
    final Map<Integer, HolidayYear> official = new TreeMap<>();
    final Set<LocalDate> daysOff = new HashSet<>();
    final Set<LocalDate> workedWeekendDays = new HashSet<>();

    Snapshot(long version, Collection<HolidayYear> years) {
      this.version = version;
      for (HolidayYear year : years) {
        official.put(year.year(), year);
        for (HolidayYear.Block block : year.holidays()) {
          for (LocalDate d = block.from(); !d.isAfter(block.to()); d = d.plusDays(1)) {
            daysOff.add(d);
          }
        }
        workedWeekendDays.addAll(year.workdays());
      }
    }
  }
}
