package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * Why a principal (主要负责人) may not lead a unit (安全生产法 art. 94 para. 3): a criminal penalty or a dismissal bars him
 * from leading any unit for five years from the end of the sentence or the day of the sanction; responsibility for a
 * major or extraordinary accident bars him for life from leading a unit of the same industry.
 */
public enum BanBasis implements Coded {
  CRIMINAL_PENALTY("受刑事处罚", 5),
  DISMISSAL("受撤职处分", 5),
  MAJOR_ACCIDENT("对重大、特别重大生产安全事故负有责任", 0);

  private final String chineseName;
  private final int years;

  BanBasis(String chineseName, int years) {
    this.chineseName = chineseName;
    this.years = years;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** Whether the ban lasts for life, in the case's industry only. */
  public boolean lifelong() {
    return years == 0;
  }

  /** The years the ban lasts from its first day; 0 for life. */
  public int years() {
    return years;
  }
}
