package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** The body of {@code POST /api/penalties/{decisionNo}/payments}: an amount received (whole yuan) and its date. */
public record PaymentRequest(@NotNull(message = "不能为空") @Positive(message = "须大于0") Long amountYuan,
                             @NotNull(message = "不能为空") LocalDate paidOn) {
}
