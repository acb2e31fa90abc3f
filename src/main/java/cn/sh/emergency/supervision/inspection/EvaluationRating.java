package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/** The inspected unit's evaluation of the inspection (扫码评价). */
public enum EvaluationRating implements Coded {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  private final String chineseName;

  EvaluationRating(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
