package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * The risk grade of an inspected unit in the "风险+信用" classification (分类分级), highest first: how often and how
 * closely the district inspects it.
 */
public enum RiskGrade implements Coded {
  HIGH("高风险"),
  ELEVATED("较高风险"),
  MODERATE("一般风险"),
  LOW("低风险");

  private final String chineseName;

  RiskGrade(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
