package cn.sh.emergency.supervision.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** A payment as the web layer shows it, with the receipt (缴款凭证) number where one was recorded. */
public record PaymentView(Long id, long amountYuan, LocalDate paidOn, String receiptNo, String recordedBy,
                          Instant recordedAt) {
}
