package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** Who a dual-penalty case penalises ({@code parties[].kind}). */
public enum PartyKind implements Coded {
  UNIT("生产经营单位"),
  PRINCIPAL("主要负责人"),
  MANAGER("其他负责人或安全管理人员");

  private final String chineseName;

  PartyKind(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  public boolean isPerson() {
    return this != UNIT;
  }
}
