package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The articles of 安全生产法 (2021), and of 国务院令第493号 (瞒报、谎报), a dual-penalty case penalises under, each with the parties it can apply to.
 * 一案双罚 gives every party its own article: in an accident case the unit art. 114, the principal art. 95 (110 when
 * he fled, concealed or delayed the report), other responsible persons art. 96. The paired articles 94, 97, 99 and
 * 102 have two tiers: a first violation is ordered to be corrected and only the unit fined; only after 逾期未改正 (art.
 * 102: 拒不执行) come the persons' fines. The amounts are the {@code penalty-discretion} table's; the article's words
 * (number, what it punishes) are the statute texts' ({@code documents/statutes.properties}, {@code article.<code>}).
 */
public enum LegalArticle implements Coded {
  SPL_94("SPL-94", Tier.PAIRED, PartyKind.PRINCIPAL),
  SPL_95("SPL-95", Tier.ACCIDENT, PartyKind.PRINCIPAL),
  SPL_96("SPL-96", Tier.NONE, PartyKind.MANAGER),
  SPL_97("SPL-97", Tier.PAIRED, PartyKind.UNIT, PartyKind.PRINCIPAL, PartyKind.MANAGER),
  SPL_99("SPL-99", Tier.PAIRED, PartyKind.UNIT, PartyKind.PRINCIPAL, PartyKind.MANAGER),
  /** E.g. a major hazard not reported as the rules require (第一百零一条第（五）项). */
  SPL_101("SPL-101", Tier.PAIRED, PartyKind.UNIT, PartyKind.PRINCIPAL, PartyKind.MANAGER),
  SPL_102("SPL-102", Tier.PAIRED, PartyKind.UNIT, PartyKind.PRINCIPAL, PartyKind.MANAGER),
  SPL_110("SPL-110", Tier.NONE, PartyKind.PRINCIPAL),
  SPL_114("SPL-114", Tier.ACCIDENT, PartyKind.UNIT),
  /** 国务院令第493号 art. 36: an accident concealed or falsely reported (瞒报、谎报), the unit and its persons. */
  ARR_36("ARR-36", Tier.ACCIDENT, PartyKind.UNIT, PartyKind.PRINCIPAL, PartyKind.MANAGER);

  /** When the article applies beyond its parties: always, only to an accident, or to persons only in the 2nd tier. */
  private enum Tier { NONE, ACCIDENT, PAIRED }

  private final String code;
  private final Tier tier;
  private final Set<PartyKind> parties;

  LegalArticle(String code, Tier tier, PartyKind first, PartyKind... rest) {
    this.code = code;
    this.tier = tier;
    this.parties = EnumSet.of(first, rest);
  }

  public static Optional<LegalArticle> of(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }

  public static String[] codes() {
    return Arrays.stream(values()).map(LegalArticle::code).toArray(String[]::new);
  }

  /**
   * The article a party is penalised under when the case names only the unit's: in an accident case (the unit under
   * art. 114) the principal art. 95 and other persons art. 96; otherwise the persons share the unit's paired article.
   */
  public static LegalArticle defaultFor(PartyKind kind, LegalArticle unitArticle) {
    if (unitArticle == SPL_114 && kind.isPerson()) {
      return kind == PartyKind.PRINCIPAL ? SPL_95 : SPL_96;
    }
    return unitArticle;
  }

  @Override
  public String code() {
    return code;
  }

  /** How the forms list it: 《安全生产法》第九十五条（主要负责人未履职导致事故）. */
  @Override
  public String chineseName() {
    return lawShortName() + article() + "（"
        + StatuteTexts.text("article." + code + ".subject") + "）";
  }

  /** How a document cites it: 《中华人民共和国安全生产法》第九十五条. */
  public String citation() {
    return (accidentRegulations() ? StatuteTexts.text("law.accident-regulations")
        : StatuteTexts.text("law.work-safety")) + article();
  }

  private String lawShortName() {
    return accidentRegulations() ? StatuteTexts.text("law.accident-regulations.short")
        : StatuteTexts.text("law.work-safety.short");
  }

  /** An article of 国务院令第493号 ({@code ARR-}) rather than of the 安全生产法 ({@code SPL-}). */
  private boolean accidentRegulations() {
    return code.startsWith("ARR-");
  }

  private String article() {
    return StatuteTexts.text("article." + code);
  }

  /** Whether persons are fined only after the unit failed to correct in time (逾期未改正 / 拒不执行). */
  public boolean tiered() {
    return tier == Tier.PAIRED;
  }

  /** Whether it penalises only for an accident (arts. 95 and 114). */
  public boolean needsAccident() {
    return tier == Tier.ACCIDENT;
  }

  public boolean appliesTo(PartyKind kind) {
    return parties.contains(kind);
  }
}
