package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/** Where an inspection plan stands: drafted, approved by the leaders (inspections may follow it), published (备案/公示). */
public enum PlanStatus implements Coded {
  DRAFT("编制中"),
  APPROVED("已批准"),
  PUBLISHED("已备案公布");

  private final String chineseName;

  PlanStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
