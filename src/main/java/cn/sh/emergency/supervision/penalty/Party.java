package cn.sh.emergency.supervision.penalty;

/**
 * One party of a dual-penalty case: the unit (with its USCC) or a responsible person (with the identity number and
 * the previous year's income the income-based articles of 安全生产法 compute the fine from).
 */
public record Party(PartyKind kind, String name, String uscc, String idNumber, Long lastYearIncomeYuan) {
}
