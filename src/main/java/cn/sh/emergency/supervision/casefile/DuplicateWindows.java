package cn.sh.emergency.supervision.casefile;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How far apart reports of one unit may lie and still be taken for one ({@code supervision.duplicates.*}):
 * accidents whose times of occurrence differ by at most {@code occurrenceWindow} (30 minutes), hazards reported within
 * {@code reportWindow} (30 days) of each other.
 */
@ConfigurationProperties("supervision.duplicates")
@Validated
public record DuplicateWindows(@NotNull Duration occurrenceWindow, @NotNull Duration reportWindow) {
}
