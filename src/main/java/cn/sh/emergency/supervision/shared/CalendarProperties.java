package cn.sh.emergency.supervision.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param horizonYears    how many years ahead of this year deadlines are computed (provisionally where no notice is
 *                        published); a date beyond is refused as implausible
 * @param refreshInterval how often a node asks the database whether a year was published, e.g. on another node
 */
@ConfigurationProperties("supervision.calendar")
public record CalendarProperties(Integer horizonYears, Duration refreshInterval) {

  public static final int DEFAULT_HORIZON_YEARS = 10;

  public CalendarProperties {
    horizonYears = horizonYears == null ? DEFAULT_HORIZON_YEARS : horizonYears;
    refreshInterval = refreshInterval == null ? Duration.ofSeconds(5) : refreshInterval;
  }
}
