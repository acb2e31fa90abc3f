package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * The safety-production credit grade of an inspected unit in the "风险+信用" classification (分类分级), best first;
 * the codes are the grades' letters.
 */
public enum CreditGrade implements Coded {
  A("诚信"),
  B("基本诚信"),
  C("失信"),
  D("严重失信");

  private final String chineseName;

  CreditGrade(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
