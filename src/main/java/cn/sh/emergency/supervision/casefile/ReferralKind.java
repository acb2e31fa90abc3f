package cn.sh.emergency.supervision.casefile;

/** Where a case is referred to. */
public enum ReferralKind {
  /** 移送行政处罚: the dual-penalty lifecycle turns an open referral into a penalty case. */
  PENALTY
}
