package cn.sh.emergency.supervision.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone            the zone in which statutory days begin and end
 * @param horizonYears    how many years ahead of this year deadlines are computed (provisionally where no notice is
 *                        published); a date beyond is refused as implausible
 * @param refreshInterval how often a node asks the database whether a year was published, e.g. on another node
 */
@ConfigurationProperties("supervision.calendar")
public record CalendarProperties(ZoneId zone, Integer horizonYears, Duration refreshInterval) {

  public static final int DEFAULT_HORIZON_YEARS = 10;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    horizonYears = horizonYears == null ? DEFAULT_HORIZON_YEARS : horizonYears;
    refreshInterval = refreshInterval == null ? Duration.ofSeconds(5) : refreshInterval;
  }

  /** An instant as users read it on tasks, records and sheets: {@code yyyy-MM-dd HH:mm} in the calendar's zone. */
  public String minuteOf(Instant at) {
    return MINUTE.format(at.atZone(zone));
  }

  /** The defaults, in the given zone (unit tests). */
  public static CalendarProperties of(ZoneId zone) {
    return new CalendarProperties(zone, null, null);
  }
}
