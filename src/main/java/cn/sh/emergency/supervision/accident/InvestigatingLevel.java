package cn.sh.emergency.supervision.accident;

import cn.sh.emergency.supervision.shared.Coded;

/** Who investigates an accident (国务院令第493号 art. 19–20), lowest first. */
public enum InvestigatingLevel implements Coded {
  UNIT("事故发生单位"),
  DISTRICT("区人民政府"),
  CITY("市人民政府"),
  STATE_COUNCIL("国务院");

  private final String chineseName;

  InvestigatingLevel(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** The next level up (提级调查); the State Council has none above it. */
  public InvestigatingLevel next() {
    return this == STATE_COUNCIL ? this : values()[ordinal() + 1];
  }
}
