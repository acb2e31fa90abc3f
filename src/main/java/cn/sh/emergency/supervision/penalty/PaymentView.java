package cn.sh.emergency.supervision.penalty;

import java.time.Instant;
import java.time.LocalDate;

/** A payment as the web layer shows it. */
public record PaymentView(Long id, long amountYuan, LocalDate paidOn, String recordedBy, Instant recordedAt) {
}
