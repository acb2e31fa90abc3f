package cn.sh.emergency.supervision.penalty;

import java.time.LocalDate;

/** What a payment plan asks by a day: whole yuan, the day inclusive. */
public record Instalment(LocalDate dueOn, long amountYuan) {
}
