package cn.sh.emergency.supervision.shared;

import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The bureau's time: China Standard Time (the zone statutory days begin and end in, and the lunar calendar's) by the
 * engine's clock, which tests move to fire timers. The one place that knows the zone and what day "today" is.
 */
public final class BureauTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BureauTime() {
  }

  public static Instant now() {
    return EngineClock.now();
  }

  public static LocalDate today() {
    return dayOf(now());
  }

  public static LocalDate dayOf(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }

  public static ZonedDateTime at(Instant at) {
    return at.atZone(ZONE);
  }

  /** A wall-clock time in Shanghai, e.g. an accident's 2026-03-01T08:30 as a user entered it. */
  public static Instant of(LocalDateTime local) {
    return local.atZone(ZONE).toInstant();
  }

  /** The first instant of a day in Shanghai. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** An instant as users read it on tasks, records and sheets: {@code yyyy-MM-dd HH:mm}. */
  public static String minuteOf(Instant at) {
    return MINUTE.format(at.atZone(ZONE));
  }
}
