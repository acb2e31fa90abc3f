package cn.sh.emergency.supervision.hazard;

import cn.sh.emergency.supervision.shared.Coded;

/** How much of a unit with a major hazard stops while it is rectified ({@code suspension} of the listing notice). */
public enum Suspension implements Coded {
  NONE("不停产停业", null),
  PARTIAL("局部停产停业", "停止使用相关设施、设备"),
  FULL("全部停产停业", null);

  private final String chineseName;
  private final String meaning;

  Suspension(String chineseName, String meaning) {
    this.chineseName = chineseName;
    this.meaning = meaning;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** As the order to rectify writes it: the name, with what a partial suspension means. */
  String ordered() {
    return meaning == null ? chineseName : chineseName + "（" + meaning + "）";
  }
}
