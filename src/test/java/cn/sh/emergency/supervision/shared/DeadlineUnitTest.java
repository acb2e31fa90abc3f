package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DeadlineUnitTest {

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());

  @Test
  void aPeriodEndsAtTheEndOfItsLastDayInShanghai() {
    // 2026-09-24 23:30 in Shanghai is still 09-24 there, although it is 15:30 UTC.
    Date start = Date.from(ZonedDateTime.of(2026, 9, 24, 23, 30, 0, 0, SHANGHAI).toInstant());
    assertThat(deadline.workingDays(start, 5).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 10, 9, 23, 59, 59, 0, SHANGHAI).toInstant());
  }

  @Test
  void acceptsDatesLocalDatesAndIsoText() {
    Date expected = Date.from(ZonedDateTime.of(2026, 10, 8, 23, 59, 59, 0, SHANGHAI).toInstant());
    assertThat(deadline.days(LocalDate.parse("2026-09-20"), 15)).isEqualTo(expected);
    assertThat(deadline.days("2026-09-20", 15)).isEqualTo(expected);
    assertThat(deadline.days("2026-09-20T10:00:00+08:00", 15)).isEqualTo(expected);
    assertThat(deadline.months("2026-09-08", 1)).isEqualTo(expected);
  }

  /** 即将到期 from the first day the due day is at most 3 working days ahead, holidays counted as the calendar says. */
  @Test
  void aTaskIsDueSoonFromThreeWorkingDaysBefore() {
    assertThat(deadline.dueSoonFrom(LocalDate.parse("2026-03-09"), 3).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 3, 4, 0, 0, 0, 0, SHANGHAI).toInstant());
    StatutoryCalendar calendar = StatutoryCalendar.shipped();
    for (String due : new String[] {"2026-10-09", "2026-02-24", "2026-05-06", "2026-12-31"}) {
      LocalDate from = deadline.dueSoonFrom(LocalDate.parse(due), 3).toInstant().atZone(SHANGHAI).toLocalDate();
      assertThat(calendar.plusWorkingDays(from, 3)).as(due).isAfterOrEqualTo(LocalDate.parse(due));
      assertThat(calendar.plusWorkingDays(from.minusDays(1), 3)).as(due).isBefore(LocalDate.parse(due));
    }
  }

  @Test
  void remindersStartAtTheBeginningOfTheirDay() {
    assertThat(deadline.workingDaysBefore(LocalDate.parse("2026-10-09"), 3).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 9, 29, 0, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void withinWorkingDaysIsTheExclusiveBoundAfterTheLastDay() {
    assertThat(deadline.withinWorkingDays("2026-09-23T09:00:00+08:00", 3).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 9, 30, 0, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void badStartsAreUserErrors() {
    assertThatThrownBy(() -> deadline.days("24.09.2026", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("日期格式不正确");
    assertThatThrownBy(() -> deadline.days(null, 1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> deadline.workingDays("2046-12-30", 5)).isInstanceOf(CalendarNotCoveredException.class);
  }
}
