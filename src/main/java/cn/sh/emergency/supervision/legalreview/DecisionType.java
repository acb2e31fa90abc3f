package cn.sh.emergency.supervision.legalreview;

import cn.sh.emergency.supervision.shared.Coded;

/** Kinds of major enforcement decision that go through legal review. */
public enum DecisionType implements Coded {
  FINE("罚款"),
  SUSPEND_PRODUCTION("责令停产停业"),
  REVOKE_LICENSE("吊销许可证照"),
  CLOSE("提请关闭"),
  OTHER("其他");

  private final String chineseName;

  DecisionType(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
