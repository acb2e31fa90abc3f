package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** The hearing's opinion on the proposal ({@code hearingConclusion}, 行政处罚法 arts. 64–65). */
public enum HearingConclusion implements Coded {
  UPHOLD("维持拟处罚意见"),
  ADJUST("建议调整处罚意见");

  private final String chineseName;

  HearingConclusion(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
