package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Party names and codes as typed: invisible characters refused, look-alikes and whitespace in one form. */
class PartyNamesUnitTest {

  @ParameterizedTest
  @ValueSource(ints = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
      0x2068, 0x2069, 0x00AD, 0x0000, 0x0007, 0x001B, 0x007F, 0xE000, 0x0378})
  void invisibleAndControlCharactersAreRefusedNamingTheFieldAndTheCharacter(int hidden) {
    String typed = "上海" + Character.toString(hidden) + "化工有限公司";
    assertThat(PartyNames.problem("企业名称", typed)).hasValue("企业名称含有不可见字符或控制字符（"
        + String.format("U+%04X", hidden) + "），请删除后重新填写");
    assertThatThrownBy(() -> PartyNames.checkedName("单位名称", typed)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("单位名称含有不可见字符或控制字符");
  }

  @Test
  void visibleTextAndWhitespaceAreNoProblem() {
    assertThat(PartyNames.problem("企业名称", "上海 某化工（集团）有限公司\t\u3000")).isEmpty();
    assertThat(PartyNames.problem("企业名称", "ＡＢＣ有限公司")).isEmpty();
    assertThat(PartyNames.problem("企业名称", null)).isEmpty();
  }

  @Test
  void lookAlikesReadAsWhatTheyLookLikeAndWhitespaceRunsAreOneSpace() {
    assertThat(PartyNames.name("ＡＢＣ有限公司")).isEqualTo("ABC有限公司");
    assertThat(PartyNames.name("上海１２３化工")).isEqualTo("上海123化工");
    assertThat(PartyNames.name("\u3000 上海  某化工\u00A0\t有限公司 \n")).isEqualTo("上海 某化工 有限公司");
    assertThat(PartyNames.name("上海某化工（集团）有限公司")).isEqualTo("上海某化工（集团）有限公司");
    assertThat(PartyNames.name("上海某化工(集团)有限公司")).isEqualTo("上海某化工（集团）有限公司");
    assertThat(PartyNames.name("上海ＡＢＣ，某化工（２６５６９）")).isEqualTo("上海ABC，某化工（26569）");
    assertThat(PartyNames.name("   ")).isEmpty();
    assertThat(PartyNames.name(null)).isNull();
    assertThat(PartyNames.checkedName("单位名称", " ＡＢＣ 公司 ")).isEqualTo("ABC 公司");
  }

  @Test
  void codesLoseTheirSpacesAndAreUpperCase() {
    assertThat(PartyNames.code("９１３１００００ｍａ１ＦＬ８ＴＱ４９")).isEqualTo("91310000MA1FL8TQ49");
    assertThat(PartyNames.code(" 913100 00MA1F L8TQ49\u3000")).isEqualTo("91310000MA1FL8TQ49");
    assertThat(Uscc.isValid(PartyNames.code("９１３１００００ｍａ１ＦＬ８ＴＱ４９"))).isTrue();
    assertThat(PartyNames.code(null)).isNull();
  }
}
