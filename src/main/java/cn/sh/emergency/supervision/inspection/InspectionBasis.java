package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * Why a unit is inspected ({@code inspectionBasis}; the ledger's grade of an inspection case): by an approved plan
 * (计划检查, naming it), or 触发式 — a complaint, an assignment, a referral — not drawn, saying what triggered it.
 */
public enum InspectionBasis implements Coded {
  PLANNED("计划检查"),
  /** Drawn (双随机) from a plan's units, with its officers: started by the draw, never by a user. */
  RANDOM("双随机抽查"),
  COMPLAINT("投诉举报"),
  ASSIGNED("上级交办"),
  REFERRED("有关部门移送");

  /** Whether the inspection follows a plan (and names it), planned or drawn, rather than a trigger. */
  public boolean planned() {
    return this == PLANNED || this == RANDOM;
  }

  private final String chineseName;

  InspectionBasis(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
