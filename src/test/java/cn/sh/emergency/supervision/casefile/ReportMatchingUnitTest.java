package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When two reports are taken for one: the unit, the location and the description, as people type them. */
class ReportMatchingUnitTest {

  private static final String USCC = "91310000MA1FL8TQ49";
  private static final String OTHER_USCC = "91310106MA1FY5KP31";

  @Test
  void textsAreComparedWithoutWhitespacePunctuationWidthOrCase() {
    assertThat(ReportMatching.normalised(" 3号 仓库（东侧）, B区 ")).isEqualTo("3号仓库东侧b区");
    assertThat(ReportMatching.normalised("３号仓库　东侧；Ｂ区。")).isEqualTo("3号仓库东侧b区");
    assertThat(ReportMatching.normalised("2#车间-反应釜·超压!")).isEqualTo("2车间反应釜超压");
    assertThat(ReportMatching.normalised(null)).isEmpty();
    assertThat(ReportMatching.normalised(" ，。 ")).isEmpty();
  }

  @Test
  void theSameUnitIsTheSameCreditCodeWhereBothHaveOne() {
    assertThat(ReportMatching.sameUnit(USCC, "上海某化工有限公司", USCC, "上海某化工公司")).isTrue();
    assertThat(ReportMatching.sameUnit(USCC, "上海某化工有限公司", " " + USCC.toLowerCase() + " ", null)).isTrue();
    // A unit renamed or misspelt is still the unit of its code; two codes are two units whatever their names.
    assertThat(ReportMatching.sameUnit(USCC, "上海某化工有限公司", OTHER_USCC, "上海某化工有限公司")).isFalse();
  }

  @Test
  void withoutACreditCodeTheUnitIsItsName() {
    assertThat(ReportMatching.sameUnit(null, "上海某化工有限公司", null, "上海某化工 有限公司")).isTrue();
    assertThat(ReportMatching.sameUnit(USCC, "上海某化工有限公司", "", "上海某化工有限公司")).isTrue();
    assertThat(ReportMatching.sameUnit(null, "上海某化工有限公司", USCC, "上海某精细化工有限公司")).isFalse();
    assertThat(ReportMatching.sameUnit(null, null, null, null)).as("two units without name or code").isFalse();
  }

  @Test
  void theSameLocationIsTheSameTextOnceNormalised() {
    assertThat(ReportMatching.sameLocation("3号仓库", "3号 仓库")).isTrue();
    assertThat(ReportMatching.sameLocation("3号仓库（东侧）", "３号仓库东侧")).isTrue();
    // One location containing the other is another place: 3号仓库 is not 13号仓库, nor 3号仓库东侧.
    assertThat(ReportMatching.sameLocation("3号仓库", "13号仓库")).isFalse();
    assertThat(ReportMatching.sameLocation("3号仓库", "3号仓库东侧")).isFalse();
    assertThat(ReportMatching.sameLocation("", "")).as("no location is no place").isFalse();
    assertThat(ReportMatching.sameLocation(null, null)).isFalse();
  }

  @Test
  void theLocationKeyIsEqualExactlyForTheSameLocation() {
    assertThat(ReportMatching.locationKey("3号 仓库")).isEqualTo(ReportMatching.locationKey("３号仓库"))
        .hasSize(64).matches("[0-9a-f]{64}");
    assertThat(ReportMatching.locationKey("3号仓库")).isNotEqualTo(ReportMatching.locationKey("3号仓库东侧"));
    assertThat(ReportMatching.locationKey("仓".repeat(10_000))).hasSize(64);
    assertThat(ReportMatching.locationKey(" 。 ")).isNull();
  }

  @Test
  void aSimilarDescriptionIsEqualOrContainsTheOther() {
    assertThat(ReportMatching.similarDescription("危化品混存", "危化品 混存。")).isTrue();
    assertThat(ReportMatching.similarDescription("危化品混存", "仓库内危化品混存，未分区隔离")).isTrue();
    assertThat(ReportMatching.similarDescription("仓库内危化品混存，未分区隔离", "危化品混存")).isTrue();
    assertThat(ReportMatching.similarDescription("危化品混存", "消防通道堵塞")).isFalse();
    // Words in another order are another description.
    assertThat(ReportMatching.similarDescription("危化品混存", "混存危化品")).isFalse();
    assertThat(ReportMatching.similarDescription("", "危化品混存")).isFalse();
    assertThat(ReportMatching.similarDescription(null, null)).isFalse();
  }

  @Test
  void windowsAreNamedInChinese() {
    assertThat(DuplicateReports.inWords(Duration.ofDays(30))).isEqualTo("30日");
    assertThat(DuplicateReports.inWords(Duration.ofHours(2))).isEqualTo("2小时");
    assertThat(DuplicateReports.inWords(Duration.ofMinutes(30))).isEqualTo("30分钟");
    assertThat(DuplicateReports.inWords(Duration.ofMinutes(90))).isEqualTo("90分钟");
  }
}
