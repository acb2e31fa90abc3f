package cn.sh.emergency.supervision.casefile;

/** Where a case is referred to. */
public enum ReferralKind {
  /** The dual-penalty lifecycle turns an open referral into a penalty case. */
  PENALTY("移送行政处罚"),
  /** A hazard an enforcement inspection found, handed over to the hazard closed loop as a case of its own. */
  HAZARD("移交隐患排查治理"),
  /** Suspected crimes found by an accident investigation. */
  JUDICIAL("移送司法机关"),
  /** Officials' responsibility found by an accident investigation. */
  DISCIPLINARY("移送纪检监察机关"),
  /** 安全生产法 art. 113: a unit penalised for major hazards again and again, for the government to close it. */
  CLOSURE("提请人民政府予以关闭");

  private final String chineseName;

  ReferralKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
