package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/penalties/{decisionNo}/payments}: an amount received (whole yuan), its date and the
 * receipt (缴款凭证) number, if any.
 */
public record PaymentRequest(@NotNull(message = "不能为空") @Positive(message = "须大于0") Long amountYuan,
                             @NotNull(message = "不能为空") LocalDate paidOn,
                             @Size(max = 64, message = "不能超过64字") String receiptNo) {
}
