package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.support.Notice2027;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayYearRulesUnitTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

  private static HolidayYear notice2027() {
    return Notice2027.year();
  }

  private static HolidayYear.Block block(String name, String from, String to) {
    return new HolidayYear.Block(name, LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void aWholeNoticePasses() {
    assertThatCode(() -> check(notice2027())).doesNotThrowAnyException();
  }

  @Test
  void aMissingStatutoryDayIsNamed() {
    HolidayYear year = notice2027();
    List<HolidayYear.Block> blocks = new ArrayList<>(year.holidays());
    blocks.set(1, block("春节", "2027-02-06", "2027-02-13"));
    assertThatThrownBy(() -> check(with(year, blocks, year.workdays())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2027年节假日安排不能发布")
        .hasMessageContaining("法定节假日春节（2027-02-05）不在任何放假时段内");
  }

  @Test
  void makeUpDaysMustBeWeekendDaysOutsideTheBlocks() {
    HolidayYear year = notice2027();
    assertThatThrownBy(() -> check(with(year, year.holidays(), List.of(LocalDate.parse("2027-02-22")))))
        .hasMessageContaining("调休上班日应为周六或周日：2027-02-22是星期一");
    assertThatThrownBy(() -> check(with(year, year.holidays(), List.of(LocalDate.parse("2027-02-06")))))
        .hasMessageContaining("调休上班日落在放假时段内：2027-02-06");
  }

  @Test
  void overlappingBlocksTitleAndDateAreChecked() {
    HolidayYear year = notice2027();
    List<HolidayYear.Block> blocks = new ArrayList<>(year.holidays());
    blocks.add(block("补充", "2027-10-05", "2027-10-08"));
    assertThatThrownBy(() -> check(with(year, blocks, year.workdays()))).hasMessageContaining("放假时段重叠");
    assertThatThrownBy(() -> check(new HolidayYear(2027, " ", null, year.holidays(), year.workdays())))
        .hasMessageContaining("缺少通知标题").hasMessageContaining("缺少通知发布日期");
    assertThatThrownBy(() -> check(new HolidayYear(2027, "t", LocalDate.parse("2026-12-20"), year.holidays(),
        year.workdays()))).hasMessageContaining("通知发布日期不能晚于今天");
  }

  private static HolidayYear with(HolidayYear year, List<HolidayYear.Block> blocks, List<LocalDate> workdays) {
    return new HolidayYear(year.year(), year.title(), year.issuedOn(), blocks, workdays);
  }

  private static void check(HolidayYear year) {
    HolidayYearRules.check(year, StatutoryHolidays.shipped(), TODAY);
  }
}
