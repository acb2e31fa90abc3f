package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** How a party challenges a penalty decision ({@code remedyKind}): 行政复议 or 行政诉讼. */
public enum RemedyKind implements Coded {
  RECONSIDERATION("行政复议"),
  LITIGATION("行政诉讼");

  private final String chineseName;

  RemedyKind(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
