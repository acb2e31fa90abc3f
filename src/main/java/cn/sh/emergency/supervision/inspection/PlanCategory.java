package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * How a unit of a plan is inspected ({@code inspection-frequency}'s {@code category}): as a key unit (重点检查),
 * routinely, or not at all unless drawn or triggered (无事不扰).
 */
public enum PlanCategory implements Coded {
  KEY("重点检查"),
  ROUTINE("一般检查"),
  NON_INTRUSIVE("无事不扰");

  private final String chineseName;

  PlanCategory(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
