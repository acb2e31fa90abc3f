package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * Who a penalty case penalises ({@code parties[].kind}): a dual-penalty case the unit and its responsible persons;
 * an on-the-spot penalty (简易程序) also any other person ({@link #PERSON}), whom no article of a dual-penalty case
 * applies to.
 */
public enum PartyKind implements Coded {
  UNIT("生产经营单位"),
  PRINCIPAL("主要负责人"),
  MANAGER("其他负责人或安全管理人员"),
  PERSON("从业人员或者其他人员");

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
