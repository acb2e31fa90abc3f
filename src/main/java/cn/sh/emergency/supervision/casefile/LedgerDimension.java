package cn.sh.emergency.supervision.casefile;

/** What ledger statistics are grouped by, besides grade and outcome. */
public enum LedgerDimension {
  NONE,
  /** The month of opening, {@code yyyy-MM}. */
  MONTH,
  DISTRICT,
  STREET,
  SECTOR
}
