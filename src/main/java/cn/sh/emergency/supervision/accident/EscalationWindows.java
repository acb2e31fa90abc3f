package cn.sh.emergency.supervision.accident;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Look-back windows of the escalation triggers ({@code supervision.accident.escalation.*}): a prior accident at the
 * same unit within {@code priorAccidentMonths} (24), a warning interview within {@code warningInterviewMonths} (12).
 */
@ConfigurationProperties("supervision.accident.escalation")
@Validated
public record EscalationWindows(@Min(1) int priorAccidentMonths, @Min(1) int warningInterviewMonths) {
}
