package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 一案双罚 with each party under its own article of 安全生产法 (2021), and the two tiers of the paired articles. */
class PartiesUnitTest {

  private static final String UNIT = "{\"kind\":\"UNIT\",\"name\":\"上海某化工有限公司\",\"uscc\":\"91310000MA1FL8TQ49\"}";
  private static final String PRINCIPAL = "{\"kind\":\"PRINCIPAL\",\"name\":\"张三丰\",\"idNumber\":\"310106198001011231\","
      + "\"lastYearIncomeYuan\":500000%s}";
  private static final String MANAGER = "{\"kind\":\"MANAGER\",\"name\":\"李四\",\"idNumber\":\"310106198001011231\","
      + "\"lastYearIncomeYuan\":200000%s}";

  @Test
  void inAnAccidentTheUnitIsFinedUnderArticle114ThePrincipalUnder95AndOthersUnder96() {
    List<Party> parties = Parties.parse(list(UNIT, principal(""), manager("")),
        basis("SPL-114", "《中华人民共和国安全生产法》第一百一十四条第一款第（二）项", true, false));
    assertThat(parties).extracting(Party::legalBasisArticle).containsExactly("SPL-114", "SPL-95", "SPL-96");
    assertThat(parties).extracting(Party::legalBasis).containsExactly(
        "《中华人民共和国安全生产法》第一百一十四条第一款第（二）项", "《中华人民共和国安全生产法》第九十五条",
        "《中华人民共和国安全生产法》第九十六条");
  }

  @Test
  void aPersonsOwnArticleReplacesThePairing() {
    List<Party> parties = Parties.parse(list(UNIT, principal(",\"legalBasisArticle\":\"SPL-110\"")),
        basis("SPL-114", "《安全生产法》第一百一十四条", true, false));
    assertThat(parties.get(1).legalBasisArticle()).isEqualTo("SPL-110");
    assertThat(parties.get(1).legalBasis()).isEqualTo("《中华人民共和国安全生产法》第一百一十条");
  }

  @Test
  void anArticleThatDoesNotApplyToThePartyIsRefused() {
    assertThatThrownBy(() -> Parties.parse(list(UNIT, manager(",\"legalBasisArticle\":\"SPL-95\"")),
        basis("SPL-114", "x", true, false))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第2个当事人（其他负责人或安全管理人员）不能依《中华人民共和国安全生产法》第九十五条处罚");
    assertThatThrownBy(() -> Parties.parse(list(UNIT, principal("")), basis("SPL-114", "x", false, false)))
        .hasMessageContaining("适用于发生生产安全事故的情形");
  }

  /** Arts. 94, 97, 99, 102: the persons are fined only once the unit failed to correct in time (逾期未改正). */
  @Test
  void aFirstViolationOfAPairedArticleFinesTheUnitAlone() {
    assertThatThrownBy(() -> Parties.parse(list(UNIT, principal("")), basis("SPL-99", "x", false, false)))
        .hasMessageContaining("首次违法责令单位限期改正，逾期未改正（拒不执行）的方可处罚个人");
    assertThat(Parties.parse(list(UNIT), basis("SPL-99", "x", false, false))).singleElement()
        .extracting(Party::legalBasisArticle).isEqualTo("SPL-99");
    assertThat(Parties.parse(list(UNIT, principal("")), basis("SPL-99", "x", false, true)))
        .extracting(Party::legalBasisArticle).containsExactly("SPL-99", "SPL-99");
    assertThat(Parties.parse(list(UNIT, principal(",\"legalBasisArticle\":\"SPL-94\"")),
        basis("SPL-97", "x", false, true))).extracting(Party::legalBasisArticle).containsExactly("SPL-97", "SPL-94");
  }

  @Test
  void theSecondTierStillNeedsAPersonOrAnExemption() {
    assertThatThrownBy(() -> Parties.parse(list(UNIT), basis("SPL-99", "x", false, true)))
        .hasMessageContaining("一案双罚须同时处罚");
    assertThatThrownBy(() -> Parties.parse(list(UNIT), basis("SPL-114", "x", true, false)))
        .hasMessageContaining("一案双罚须同时处罚");
  }

  private static Parties.CaseBasis basis(String article, String citation, boolean accident, boolean overdue) {
    return new Parties.CaseBasis(article, citation, accident, overdue, false);
  }

  private static String principal(String extra) {
    return PRINCIPAL.formatted(extra);
  }

  private static String manager(String extra) {
    return MANAGER.formatted(extra);
  }

  private static String list(String... parties) {
    return "[" + String.join(",", parties) + "]";
  }
}
