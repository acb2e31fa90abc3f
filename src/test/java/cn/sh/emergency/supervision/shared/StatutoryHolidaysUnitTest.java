package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provisional years against what was published: the statutory holiday days of 2025 and 2026 computed without the
 * notices lie inside the notices' holiday blocks, and 2027 has the days the statute gives it. Expected dates are
 * written out by hand, not derived from the code.
 */
class StatutoryHolidaysUnitTest {

  private final StatutoryHolidays statutory = StatutoryHolidays.shipped();
  private final StatutoryCalendar official = StatutoryCalendar.shipped();

  @ParameterizedTest(name = "清明 {0}")
  @CsvSource({"2014, 2014-04-05", "2015, 2015-04-05", "2016, 2016-04-04", "2017, 2017-04-04", "2018, 2018-04-05",
      "2019, 2019-04-05", "2020, 2020-04-04", "2021, 2021-04-04", "2022, 2022-04-05", "2023, 2023-04-05",
      "2024, 2024-04-04", "2025, 2025-04-04", "2026, 2026-04-05", "2027, 2027-04-05", "2028, 2028-04-04",
      "2029, 2029-04-04", "2030, 2030-04-05"})
  void qingmingIsTheDayOfTheSolarTerm(int year, LocalDate day) {
    assertThat(SolarTerms.qingming(year)).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}: 春节 {1}, 端午 {2}, 中秋 {3}")
  @CsvSource({
      "2014, 2014-01-31, 2014-06-02, 2014-09-08", "2015, 2015-02-19, 2015-06-20, 2015-09-27",
      "2016, 2016-02-08, 2016-06-09, 2016-09-15", "2017, 2017-01-28, 2017-05-30, 2017-10-04",
      "2018, 2018-02-16, 2018-06-18, 2018-09-24", "2019, 2019-02-05, 2019-06-07, 2019-09-13",
      "2020, 2020-01-25, 2020-06-25, 2020-10-01", "2021, 2021-02-12, 2021-06-14, 2021-09-21",
      "2022, 2022-02-01, 2022-06-03, 2022-09-10", "2023, 2023-01-22, 2023-06-22, 2023-09-29",
      "2024, 2024-02-10, 2024-06-10, 2024-09-17", "2025, 2025-01-29, 2025-05-31, 2025-10-06",
      "2026, 2026-02-17, 2026-06-19, 2026-09-25", "2027, 2027-02-06, 2027-06-09, 2027-09-15",
      "2028, 2028-01-26, 2028-05-28, 2028-10-03", "2029, 2029-02-13, 2029-06-16, 2029-09-22",
      "2030, 2030-02-03, 2030-06-05, 2030-09-12", "2031, 2031-01-23, 2031-06-24, 2031-10-01",
      "2032, 2032-02-11, 2032-06-12, 2032-09-19", "2033, 2033-01-31, 2033-06-01, 2033-09-08",
      "2034, 2034-02-19, 2034-06-20, 2034-09-27", "2035, 2035-02-08, 2035-06-10, 2035-09-16"})
  void lunarHolidaysFallOnThePublishedDays(int year, LocalDate springFestival, LocalDate dragonBoat,
                                           LocalDate midAutumn) {
    StatutoryHolidays.LunarDays lunar = new StatutoryHolidays.LunarDays(year);
    assertThat(lunar.dayOf(1, 1)).as("春节").isEqualTo(springFestival);
    assertThat(lunar.dayOf(5, 5)).as("端午").isEqualTo(dragonBoat);
    assertThat(lunar.dayOf(8, 15)).as("中秋").isEqualTo(midAutumn);
  }

  @ParameterizedTest(name = "{0}: every statutory day is off in the State Council notice")
  @ValueSource(ints = {2025, 2026})
  void theProvisionalHolidayDaysAreTheStatutoryDaysOfTheOfficialNotice(int year) {
    List<LocalDate> days = daysOff(statutory.provisional(year));
    assertThat(days).as("13 statutory days since the 2024 revision").hasSize(13);
    for (LocalDate day : days) {
      assertThat(official.isWorkingDay(day)).as("%s is off in the %s notice", day, year).isFalse();
    }
    assertThat(statutory.provisional(year).workdays()).as("no make-up days without a notice").isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} .. {2}")
  @CsvSource({
      "元旦, 2027-01-01, 2027-01-01",
      "春节, 2027-02-05, 2027-02-08",
      "清明节, 2027-04-05, 2027-04-05",
      "劳动节, 2027-05-01, 2027-05-02",
      "端午节, 2027-06-09, 2027-06-09",
      "中秋节, 2027-09-15, 2027-09-15",
      "国庆节, 2027-10-01, 2027-10-03"})
  void provisional2027HasTheStatutoryHolidays(String name, LocalDate from, LocalDate to) {
    assertThat(statutory.provisional(2027).holidays()).contains(new HolidayYear.Block(name, from, to));
  }

  @ParameterizedTest(name = "{0}: 春节 from 除夕 {1}")
  @CsvSource({"2025, 2025-01-28", "2026, 2026-02-16", "2027, 2027-02-05", "2028, 2028-01-25", "2030, 2030-02-02"})
  void springFestivalRunsFromNewYearsEveForFourDays(int year, LocalDate eve) {
    assertThat(statutory.provisional(year).holidays())
        .contains(new HolidayYear.Block("春节", eve, eve.plusDays(3)));
  }

  @ParameterizedTest(name = "{0} (2013 revision): 春节 {1} for three days, 劳动节 one day")
  @CsvSource({"2020, 2020-01-25", "2024, 2024-02-10"})
  void yearsBefore2025FollowTheEarlierRevision(int year, LocalDate newYear) {
    assertThat(statutory.provisional(year).holidays())
        .contains(new HolidayYear.Block("春节", newYear, newYear.plusDays(2)),
            new HolidayYear.Block("劳动节", LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 1)));
  }

  private static List<LocalDate> daysOff(HolidayYear year) {
    List<LocalDate> days = new ArrayList<>();
    for (HolidayYear.Block block : year.holidays()) {
      for (LocalDate d = block.from(); !d.isAfter(block.to()); d = d.plusDays(1)) {
        days.add(d);
      }
    }
    return days;
  }
}
