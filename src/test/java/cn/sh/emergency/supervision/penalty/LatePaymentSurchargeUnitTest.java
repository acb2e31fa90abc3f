package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatePaymentSurchargeUnitTest {

  private final LatePaymentSurcharge surcharge =
      new LatePaymentSurcharge(StatutoryCalendar.shipped(), new PaymentTerms(15, 3));

  @ParameterizedTest(name = "fine {0}, received {1}, on {2}: due {3}, {4} days late, surcharge {5}, total {6}")
  @CsvSource({
      // received Mon 2026-03-02: 15 days end Tue 03-17
      "50000, 2026-03-02, 2026-03-10, 2026-03-17, 0, 0, 50000",
      "50000, 2026-03-02, 2026-03-17, 2026-03-17, 0, 0, 50000",
      "50000, 2026-03-02, 2026-03-18, 2026-03-17, 1, 1500, 51500",
      "50000, 2026-03-02, 2026-03-27, 2026-03-17, 10, 15000, 65000",
      // 3 % a day reaches the fine after 34 days and stops there
      "50000, 2026-03-02, 2026-04-19, 2026-03-17, 33, 49500, 99500",
      "50000, 2026-03-02, 2026-04-20, 2026-03-17, 34, 50000, 100000",
      "50000, 2026-03-02, 2026-06-30, 2026-03-17, 105, 50000, 100000",
      // the period ending on 国庆 moves to the next working day, 10-08
      "20000, 2026-09-16, 2026-10-08, 2026-10-08, 0, 0, 20000",
      "20000, 2026-09-16, 2026-10-09, 2026-10-08, 1, 600, 20600",
      // whole yuan, rounded down: 3 % of 12,345 is 370.35 a day
      "12345, 2026-03-02, 2026-03-19, 2026-03-17, 2, 740, 13085"
  })
  void amountsDueOnADay(long fine, LocalDate received, LocalDate on, LocalDate due, long late, long surchargeYuan,
                        long total) {
    LatePaymentSurcharge.Due result = surcharge.on(fine, 0, received, on);
    assertThat(result.dueDate()).isEqualTo(due);
    assertThat(result.overdueDays()).isEqualTo(late);
    assertThat(result.surchargeYuan()).isEqualTo(surchargeYuan);
    assertThat(result.totalDueYuan()).isEqualTo(total);
  }

  /**
   * 行政处罚法 art. 66: under an approved plan payments settle the instalments in order; only an instalment not
   * settled by its day is late, on its own amount; the whole surcharge never exceeds the fine.
   */
  @ParameterizedTest(name = "paid {0} on {1}: due {2}, {3} days late, surcharge {4}, total {5}")
  @CsvSource({
      "0, 2026-04-30, 2026-04-30, 0, 0, 3000",
      "0, 2026-05-05, 2026-04-30, 5, 225, 3225",
      // both late: 1,500 × 3 % × 33 days and 1,500 × 3 % × 3 days
      "0, 2026-06-01, 2026-04-30, 32, 1575, 4575",
      "1500, 2026-05-20, 2026-05-29, 0, 0, 1500",
      "1500, 2026-06-01, 2026-05-29, 3, 135, 1635",
      // part of the first paid: the first is still open, on its whole amount
      "1000, 2026-05-02, 2026-04-30, 2, 90, 2090",
      "3000, 2026-06-01, 2026-05-29, 0, 0, 0",
      // the cap: never more than the fine
      "0, 2026-12-31, 2026-04-30, 245, 3000, 6000"
  })
  void aPlanMovesWhatIsDueAndWhatIsLate(long paid, LocalDate on, LocalDate due, long late, long surchargeYuan,
                                        long total) {
    java.util.List<Instalment> plan = java.util.List.of(new Instalment(LocalDate.parse("2026-04-30"), 1500),
        new Instalment(LocalDate.parse("2026-05-29"), 1500));
    LatePaymentSurcharge.Due result = surcharge.on(3000, paid, plan, on);
    assertThat(result.dueDate()).isEqualTo(due);
    assertThat(result.overdueDays()).isEqualTo(late);
    assertThat(result.surchargeYuan()).isEqualTo(surchargeYuan);
    assertThat(result.totalDueYuan()).isEqualTo(total);
  }

  @Test
  void paymentsReduceWhatIsOutstandingButNotTheSurcharge() {
    LatePaymentSurcharge.Due result = surcharge.on(50000, 30000, LocalDate.parse("2026-03-02"),
        LocalDate.parse("2026-03-18"));
    assertThat(result.outstandingYuan()).isEqualTo(20000);
    assertThat(result.totalDueYuan()).isEqualTo(21500);
    assertThat(surcharge.on(50000, 50000, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-10"))
        .totalDueYuan()).isZero();
    assertThat(surcharge.on(50000, 50000, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-05-10"))
        .surchargeYuan()).as("paid in full: nothing accrues afterwards").isZero();
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> surcharge.on(0, 0, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> surcharge.on(100, 0, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
        .isInstanceOf(InvalidInputException.class);
  }
}
