package cn.sh.emergency.supervision.accident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reporting terms of 国务院令第493号 ({@code supervision.accident.*}): the unit reports within {@code reportWithin}
 * (art. 9: 1 hour); casualty changes are reported within {@code supplementaryDays} (art. 13: 30 days), road traffic
 * and fire accidents within {@code supplementaryDaysRoadOrFire} (7 days).
 */
@ConfigurationProperties("supervision.accident")
public record AccidentReportingTerms(Duration reportWithin, int supplementaryDays, int supplementaryDaysRoadOrFire) {
}
