package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** The penalties the summary procedure allows (行政处罚法 art. 51; {@code summaryPenalty}). */
public enum SummaryPenalty implements Coded {
  WARNING("警告"),
  FINE("罚款");

  private final String chineseName;

  SummaryPenalty(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
