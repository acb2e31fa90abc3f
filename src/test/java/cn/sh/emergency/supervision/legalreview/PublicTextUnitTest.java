package cn.sh.emergency.supervision.legalreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicTextUnitTest {

  static final List<String> PERSONS = List.of("张建华");

  @Test
  void whatTheProbePublishedIsMasked() {
    String written = "主要负责人张建华（身份证号11010519491231002X，手机13812345678，住址：上海市静安区常德路100弄5号601室）"
        + "未履行安全生产管理职责";
    assertThat(PublicText.of(written, PERSONS)).isEqualTo(
        "主要负责人张*华（身份证号（身份证号码已隐去），手机138****5678，住址：（住址已隐去））未履行安全生产管理职责");
  }

  @Test
  void aLaneAddressWithoutItsLabelIsLeftOut() {
    assertThat(PublicText.of("事故发生在其位于延平路123弄4号501室的家中", List.of()))
        .isEqualTo("事故发生在其位于延平路（住址已隐去）的家中");
  }

  @Test
  void theUnitsFactsStay() {
    String unit = "上海某化工有限公司（统一社会信用代码91310000MA1FL8TQ49，住所：上海市静安区巨鹿路1号）"
        + "罚款人民币50000元，联系电话021-62345678，依据《中华人民共和国安全生产法》第一百零二条";
    assertThat(PublicText.of(unit, PERSONS)).isEqualTo(unit);
  }

  @Test
  void aNumberThatIsNotAResidentIdStays() {
    assertThat(PublicText.of("案卷编号123456789012345678", List.of()))
        .as("18 digits failing the check digit").isEqualTo("案卷编号123456789012345678");
    assertThat(PublicText.of("+86 138-1234-5678", List.of())).isEqualTo("+86 138****5678");
  }

  @Test
  void maskingTwiceChangesNothingMore() {
    String once = PublicText.of("张建华，住址：常德路100弄5号，电话13812345678", PERSONS);
    assertThat(PublicText.of(once, PERSONS)).isEqualTo(once);
  }
}
