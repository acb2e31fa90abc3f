package cn.sh.emergency.supervision.penalty;

/**
 * One party of a dual-penalty case: the unit (with its USCC) or a responsible person (with the identity number and
 * the previous year's income the income-based articles of 安全生产法 compute the fine from), penalised under its own
 * article ({@code legalBasisArticle}, e.g. {@code SPL-95}) cited as {@code legalBasis}.
 */
public record Party(PartyKind kind, String name, String uscc, String idNumber, Long lastYearIncomeYuan,
                    String legalBasisArticle, String legalBasis) {

  /** A party whose article the case's defaults give ({@link Parties#parse}). */
  public Party(PartyKind kind, String name, String uscc, String idNumber, Long lastYearIncomeYuan) {
    this(kind, name, uscc, idNumber, lastYearIncomeYuan, null, null);
  }
}
