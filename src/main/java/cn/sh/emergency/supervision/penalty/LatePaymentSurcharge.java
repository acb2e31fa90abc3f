package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a party owes on a given day (加处罚款): the payment period runs in calendar days from the day after receipt
 * and ends on the next working day if its last day is off; from the day after, the surcharge accrues per day on the
 * fine amount, capped at the fine. Amounts are whole yuan, rounded down in the party's favour. A fine paid in
 * full owes nothing more here; a surcharge due with a late payment is settled by the payment itself.
 */
@Component
public class LatePaymentSurcharge {

  private final StatutoryCalendar calendar;
  private final PaymentTerms terms;

  public LatePaymentSurcharge(StatutoryCalendar calendar, PaymentTerms terms) {
    this.calendar = calendar;
    this.terms = terms;
  }

  /**
   * @param dueDate        last day to pay without surcharge
   * @param overdueDays    days past it, up to {@code on}
   * @param surchargeYuan  accrued surcharge
   * @param outstandingYuan fine not yet paid
   * @param totalDueYuan   what settles the case today
   */
  public record Due(LocalDate dueDate, long overdueDays, long surchargeYuan, long outstandingYuan, long totalDueYuan) {
  }

  public Due on(long fineYuan, long paidYuan, LocalDate received, LocalDate on) {
    if (fineYuan <= 0 || paidYuan < 0) {
      throw new InvalidInputException("罚款金额须为正数，已缴金额不能为负数");
    }
    if (on.isBefore(received)) {
      throw new InvalidInputException("计算日期不能早于送达日期");
    }
    LocalDate dueDate = calendar.plusDays(received, terms.paymentDays());
    long overdueDays = Math.max(0, ChronoUnit.DAYS.between(dueDate, on));
    long outstanding = Math.max(0, fineYuan - paidYuan);
    if (outstanding == 0) {
      return new Due(dueDate, overdueDays, 0, 0, 0);
    }
    long surcharge = Math.min(fineYuan, fineYuan * terms.surchargePercentPerDay() * overdueDays / 100);
    return new Due(dueDate, overdueDays, surcharge, outstanding, outstanding + surcharge);
  }

  /**
   * What a party owes under an approved payment plan (延期、分期缴纳, 行政处罚法 art. 66): payments settle the
   * instalments in order; each instalment not settled by its day accrues the surcharge on its own amount from the
   * day after, the whole never more than the fine. The due date is that of the first instalment not yet settled.
   */
  public Due on(long fineYuan, long paidYuan, List<Instalment> plan, LocalDate on) {
    if (fineYuan <= 0 || paidYuan < 0 || plan.isEmpty()) {
      throw new InvalidInputException("罚款金额须为正数，已缴金额不能为负数，缴款计划不能为空");
    }
    long outstanding = Math.max(0, fineYuan - paidYuan);
    if (outstanding == 0) {
      return new Due(plan.get(plan.size() - 1).dueOn(), 0, 0, 0, 0);
    }
    long covered = paidYuan;
    long surcharge = 0;
    LocalDate firstOpen = null;
    long overdueDays = 0;
    for (Instalment instalment : plan) {
      if (covered >= instalment.amountYuan()) {
        covered -= instalment.amountYuan();
        continue;
      }
      covered = 0;
      long days = Math.max(0, ChronoUnit.DAYS.between(instalment.dueOn(), on));
      if (firstOpen == null) {
        firstOpen = instalment.dueOn();
        overdueDays = days;
      }
      surcharge += instalment.amountYuan() * terms.surchargePercentPerDay() * days / 100;
    }
    surcharge = Math.min(fineYuan, surcharge);
    return new Due(firstOpen, overdueDays, surcharge, outstanding, outstanding + surcharge);
  }
}
