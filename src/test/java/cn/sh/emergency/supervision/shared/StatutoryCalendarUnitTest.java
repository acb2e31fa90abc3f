package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expectations are written out by hand from the State Council notices, not derived from the
 * data files, so a wrong data file fails here.
 */
class StatutoryCalendarUnitTest {

  private final StatutoryCalendar calendar = StatutoryCalendar.shipped();

  @ParameterizedTest(name = "{0} ({1}): {2} .. {3} off, first working day after {4}")
  @CsvSource({
      "2025, 元旦, 2025-01-01, 2025-01-01, 2025-01-02",
      "2025, 春节, 2025-01-28, 2025-02-04, 2025-02-05",
      "2025, 清明节, 2025-04-04, 2025-04-06, 2025-04-07",
      "2025, 劳动节, 2025-05-01, 2025-05-05, 2025-05-06",
      "2025, 端午节, 2025-05-31, 2025-06-02, 2025-06-03",
      "2025, 国庆节中秋节, 2025-10-01, 2025-10-08, 2025-10-09",
      "2026, 元旦, 2026-01-01, 2026-01-03, 2026-01-04",
      "2026, 春节, 2026-02-15, 2026-02-23, 2026-02-24",
      "2026, 清明节, 2026-04-04, 2026-04-06, 2026-04-07",
      "2026, 劳动节, 2026-05-01, 2026-05-05, 2026-05-06",
      "2026, 端午节, 2026-06-19, 2026-06-21, 2026-06-22",
      "2026, 中秋节, 2026-09-25, 2026-09-27, 2026-09-28",
      "2026, 国庆节, 2026-10-01, 2026-10-07, 2026-10-08"
  })
  void everyHolidayBlockIsOffAndTheNextWorkingDayFollowsIt(int year, String name, LocalDate from, LocalDate to,
                                                           LocalDate nextWorkingDay) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as("%s %s", name, d).isFalse();
    }
    assertThat(calendar.plusWorkingDays(from.minusDays(1), 1)).isEqualTo(nextWorkingDay);
    assertThat(calendar.plusDays(from.minusDays(1), 1)).as("a calendar period ending in the block").isEqualTo(nextWorkingDay);
  }

  @ParameterizedTest(name = "make-up working day {0}")
  @CsvSource({"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
      "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
  void makeUpDaysAreWeekendDaysThatAreWorked(LocalDate day) {
    assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(day)).isTrue();
    assertThat(calendar.plusWorkingDays(day.minusDays(1), 1)).as("counted as a working day").isEqualTo(day);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      "2026-09-24, 5, 2026-10-09",   // across 中秋 and 国庆
      "2026-02-12, 3, 2026-02-24",   // 2-13, make-up Sat 2-14, then 春节 until 2-23
      "2026-02-13, 1, 2026-02-14",   // the make-up Saturday is the next working day
      "2025-12-31, 1, 2026-01-04",   // across the year and the make-up Sunday
      "2025-01-24, 2, 2025-01-27",   // make-up Sunday 1-26 counts
      "2025-09-30, 3, 2025-10-11",   // 10-9, 10-10, make-up Sat 10-11
      "2026-11-20, 5, 2026-11-27",   // an ordinary week: weekends do not count
      "2026-11-21, 0, 2026-11-23",   // zero days from a Saturday: the next working day
      "2026-11-23, 0, 2026-11-23"
  })
  void workingDays(LocalDate start, int n, LocalDate expected) {
    assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} days = {2}")
  @CsvSource({
      "2026-09-20, 15, 2026-10-08",  // lands on 10-5, a holiday: next working day
      "2025-04-01, 3, 2025-04-07",   // lands on 清明
      "2026-11-06, 15, 2026-11-23",  // lands on a Saturday
      "2026-11-05, 15, 2026-11-20",  // lands on a Friday: unchanged
      "2026-02-07, 7, 2026-02-14"    // lands on the make-up Saturday: a working day
  })
  void calendarDaysMoveOffDaysToTheNextWorkingDay(LocalDate start, int n, LocalDate expected) {
    assertThat(calendar.plusDays(start, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} months = {2}")
  @CsvSource({
      "2026-08-31, 1, 2026-09-30",   // short month: its last day
      "2026-01-01, 1, 2026-02-02",   // lands on Sunday 2-1
      "2025-12-15, 2, 2026-02-24",   // lands in 春节
      "2025-11-22, 12, 2026-11-23"   // one year: lands on a Sunday
  })
  void months(LocalDate start, int n, LocalDate expected) {
    assertThat(calendar.plusMonths(start, n)).isEqualTo(expected);
  }

  @Test
  void remindersCountBackOverHolidays() {
    assertThat(calendar.minusWorkingDays(LocalDate.parse("2026-10-09"), 3)).isEqualTo(LocalDate.parse("2026-09-29"));
  }

  @Test
  void aPeriodReachingAYearWithoutANoticeIsComputedProvisionallyAndSaysSo() {
    // 2027 has no notice: 元旦 (Fri 1-1) is off by statute, no make-up days.
    LocalDate due = calendar.plusWorkingDays(LocalDate.parse("2026-12-28"), 5);
    assertThat(due).isEqualTo(LocalDate.parse("2027-01-05"));
    assertThat(calendar.provisionalYears(LocalDate.parse("2026-12-28"), due)).containsExactly(2027);
    assertThat(calendar.status(2027)).isEqualTo(CalendarYearStatus.PROVISIONAL);
    assertThat(calendar.status(2026)).isEqualTo(CalendarYearStatus.OFFICIAL);
    assertThat(calendar.provisionalYears(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-12-31"))).isEmpty();
    // 春节 2027: 除夕 2-5 to 初三 2-8 (Fri–Mon) off; 2-4 + 1 working day is 2-9.
    assertThat(calendar.plusWorkingDays(LocalDate.parse("2027-02-04"), 1)).isEqualTo(LocalDate.parse("2027-02-09"));
    // A calendar period ending on a provisional holiday rolls over it: 2026-12-02 + 30 days = 2027-01-01 → 01-04.
    assertThat(calendar.plusDays(LocalDate.parse("2026-12-02"), 30)).isEqualTo(LocalDate.parse("2027-01-04"));
  }

  @Test
  void onlyDatesBeyondTheHorizonOrBeforeTheStatutoryRulesAreRefused() {
    StatutoryCalendar onTheSecondOfDecember = new StatutoryCalendar(CalendarSource.fixed(HolidayDataLoader.load()),
        StatutoryHolidays.shipped(), () -> LocalDate.parse("2026-12-02"), 10, java.time.Duration.ZERO);
    assertThat(onTheSecondOfDecember.isWorkingDay(LocalDate.parse("2036-06-02"))).isTrue();
    assertThatThrownBy(() -> onTheSecondOfDecember.isWorkingDay(LocalDate.parse("2037-01-05")))
        .isInstanceOf(CalendarNotCoveredException.class)
        .hasMessageContaining("2037年超出法定期限的计算范围")
        .hasMessageNotContaining("json")
        .satisfies(e -> assertThat(((CalendarNotCoveredException) e).year()).isEqualTo(2037));
    assertThatThrownBy(() -> onTheSecondOfDecember.isWorkingDay(LocalDate.parse("2013-06-03")))
        .isInstanceOf(CalendarNotCoveredException.class).hasMessageContaining("2013");
    assertThat(onTheSecondOfDecember.isWorkingDay(LocalDate.parse("2024-06-03"))).as("a 2014-revision year").isTrue();
  }

  @Test
  void theStartDayItselfIsNotCountedSoAStartJustBeforeTheDataIsFine() {
    assertThat(calendar.plusWorkingDays(LocalDate.parse("2024-12-31"), 1)).isEqualTo(LocalDate.parse("2025-01-02"));
    assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-12-30"), 1)).isEqualTo(LocalDate.parse("2026-12-31"));
  }

  @Test
  void negativePeriodsAreRefused() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.parse("2026-03-02"), -1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aPublishedYearReplacesTheProvisionalOne() {
    HolidayYear official2027 = new HolidayYear(2027, "测试通知", LocalDate.parse("2026-11-20"),
        java.util.List.of(new HolidayYear.Block("元旦", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-03"))),
        java.util.List.of(LocalDate.parse("2027-01-09")));
    StatutoryCalendar extended = calendar.withOfficial(official2027);
    assertThat(extended.status(2027)).isEqualTo(CalendarYearStatus.OFFICIAL);
    assertThat(extended.plusWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo(LocalDate.parse("2027-01-04"));
    assertThat(extended.isWorkingDay(LocalDate.parse("2027-01-09"))).as("the make-up Saturday").isTrue();
    assertThat(extended.provisionalYears(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-04"))).isEmpty();
    assertThat(calendar.status(2027)).as("the calendar it came from is unchanged").isEqualTo(CalendarYearStatus.PROVISIONAL);
  }
}
