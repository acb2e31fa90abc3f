package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Payment terms of a fine ({@code supervision.penalty.*}; 行政处罚法 art. 66, 72): paid within {@code paymentDays}
 * of receiving the decision; afterwards a surcharge of {@code surchargePercentPerDay} % of the fine per day,
 * never more than the fine itself.
 */
@ConfigurationProperties("supervision.penalty")
@Validated
public record PaymentTerms(@Min(1) int paymentDays, @Min(1) int surchargePercentPerDay) {
}
