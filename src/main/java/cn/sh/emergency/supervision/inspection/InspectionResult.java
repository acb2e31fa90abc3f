package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/** What the on-site inspection found ({@code inspectionResult}). */
public enum InspectionResult implements Coded {
  NO_FINDING("未发现问题"),
  FINDINGS("发现问题");

  private final String chineseName;

  InspectionResult(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
