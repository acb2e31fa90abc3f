package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * The kind of an inspection plan ({@code planKind}): the year's plan, or a special one (专项) for a sector or a theme.
 */
public enum PlanKind implements Coded {
  ANNUAL("年度执法检查计划"),
  SPECIAL("专项执法检查计划");

  private final String chineseName;

  PlanKind(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
