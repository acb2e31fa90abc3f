package cn.sh.emergency.supervision.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone         the zone in which statutory days begin and end
 * @param overrideFile an extra holiday file (same format as {@code classpath:calendar/*.json}); a year in it
 *                     replaces the shipped one, so next year's arrangement can be added without a release
 */
@ConfigurationProperties("supervision.calendar")
public record CalendarProperties(ZoneId zone, String overrideFile) {

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
  }
}
