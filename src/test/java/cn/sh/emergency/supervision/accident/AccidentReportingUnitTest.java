package cn.sh.emergency.supervision.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AccidentReportingUnitTest {

  private final AccidentReporting reporting = new AccidentReporting(
      new AccidentReportingTerms(Duration.ofHours(1), 30, 7),
      new Deadline(StatutoryCalendar.shipped()));

  private static Instant at(String shanghai) {
    return OffsetDateTime.parse(shanghai + "+08:00").toInstant();
  }

  @Test
  void aReportLaterThanOneHourIsLate() {
    Instant occurred = at("2026-03-02T10:00:00");
    assertThat(reporting.isLate(occurred, occurred, at("2026-03-02T11:00:00"))).isFalse();
    assertThat(reporting.isLate(occurred, occurred, at("2026-03-02T11:00:01"))).isTrue();
    assertThatThrownBy(() -> reporting.isLate(occurred, occurred, at("2026-03-02T09:59:59")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("报告时间不能早于事故发生时间");
  }

  @Test
  void theHourRunsFromWhenTheUnitsHeadReceivedTheReport() {
    // 国务院令第493号 art. 9: within 1 hour of receiving the on-site report, not of the accident.
    Instant occurred = at("2026-03-02T22:00:00");
    Instant received = at("2026-03-03T06:30:00");
    assertThat(reporting.isLate(occurred, received, at("2026-03-03T07:30:00"))).isFalse();
    assertThat(reporting.isLate(occurred, received, at("2026-03-03T07:30:01"))).isTrue();
    assertThatThrownBy(() -> reporting.isLate(occurred, at("2026-03-02T21:00:00"), at("2026-03-02T23:00:00")))
        .hasMessageContaining("接报时间不能早于事故发生时间");
    assertThatThrownBy(() -> reporting.isLate(occurred, received, at("2026-03-03T06:00:00")))
        .hasMessageContaining("报告时间不能早于接报时间");
  }

  @Test
  void supplementaryReportsWithinThirtyDaysOrSevenForRoadAndFire() {
    Instant occurred = at("2026-03-02T10:00:00");
    // 30 days: 2026-04-01 (a Wednesday), to its end
    assertThat(reporting.supplementaryReportsUntil(occurred, false)).isEqualTo(at("2026-04-01T23:59:59"));
    assertThat(reporting.acceptsSupplementaryReport(occurred, false, at("2026-04-01T23:00:00"))).isTrue();
    assertThat(reporting.acceptsSupplementaryReport(occurred, false, at("2026-04-02T00:00:01"))).isFalse();
    // 7 days: 2026-03-09, a Monday
    assertThat(reporting.supplementaryReportsUntil(occurred, true)).isEqualTo(at("2026-03-09T23:59:59"));
    assertThat(reporting.acceptsSupplementaryReport(occurred, true, at("2026-03-10T08:00:00"))).isFalse();
  }

  @Test
  void theWindowEndsOnItsCalendarDayEvenOnAHoliday() {
    // 生产安全事故报告和调查处理条例 art. 13: 2026-09-24 + 7 days = 10-01 (国庆) — it counts casualties, it does not roll
    assertThat(reporting.supplementaryReportsUntil(at("2026-09-24T08:00:00"), true))
        .isEqualTo(at("2026-10-01T23:59:59"));
    // 2026-09-01 + 30 days = 10-01 as well
    assertThat(reporting.supplementaryReportsUntil(at("2026-09-01T08:00:00"), false))
        .isEqualTo(at("2026-10-01T23:59:59"));
    assertThat(reporting.acceptsSupplementaryReport(at("2026-09-01T08:00:00"), false, at("2026-10-02T09:00:00")))
        .isFalse();
  }
}
