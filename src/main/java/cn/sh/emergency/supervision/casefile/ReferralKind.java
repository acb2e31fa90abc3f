package cn.sh.emergency.supervision.casefile;

/** Where a case is referred to. */
public enum ReferralKind {
  /** 移送行政处罚: the dual-penalty lifecycle turns an open referral into a penalty case. */
  PENALTY,
  /** 移送司法机关: suspected crimes found by an accident investigation. */
  JUDICIAL,
  /** 移送纪检监察机关: officials' responsibility found by an accident investigation. */
  DISCIPLINARY
}
