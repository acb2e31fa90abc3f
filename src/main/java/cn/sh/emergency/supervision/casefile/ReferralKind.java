package cn.sh.emergency.supervision.casefile;

/** Where a case is referred to. */
public enum ReferralKind {
  /** The dual-penalty lifecycle turns an open referral into a penalty case. */
  PENALTY("移送行政处罚"),
  /** Suspected crimes found by an accident investigation. */
  JUDICIAL("移送司法机关"),
  /** Officials' responsibility found by an accident investigation. */
  DISCIPLINARY("移送纪检监察机关");

  private final String chineseName;

  ReferralKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
