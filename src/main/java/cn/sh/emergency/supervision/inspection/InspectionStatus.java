package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/** Where an inspection's 检查码 stands, as its public page shows it. */
public enum InspectionStatus implements Coded {
  CODED("已赋码，待检查"),
  INSPECTED("已检查"),
  VOIDED("已作废（有效期内未检查）");

  private final String chineseName;

  InspectionStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
