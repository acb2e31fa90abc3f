package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** What the party answered the notice with ({@code partyResponse}, 行政处罚法 arts. 44–45, 63–64). */
public enum PartyResponse implements Coded {
  NONE("未提出陈述申辩"),
  STATEMENT("已陈述申辩"),
  HEARING_REQUESTED("要求听证");

  private final String chineseName;

  PartyResponse(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
