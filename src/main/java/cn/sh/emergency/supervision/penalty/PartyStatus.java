package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** Where one party of a penalty case stands. */
public enum PartyStatus implements Coded {
  REGISTERED("已立案"),
  DECIDED("已作出处罚决定"),
  NOT_PENALISED("不予处罚"),
  SERVED("已送达，缴款期内"),
  OVERDUE("逾期未缴"),
  PAID("已缴清"),
  COURT_ENFORCEMENT("已申请法院强制执行"),
  /** 行政复议 or 行政诉讼 revoked the decision (撤销, 确认无效): nothing is collected any more. */
  REVOKED("处罚决定已撤销"),
  /** A warning decided on the spot (简易程序): carried out when handed over. */
  EXECUTED("已执行");

  private final String chineseName;

  PartyStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** The party's part of the case has ended. */
  public boolean isConcluded() {
    return this == NOT_PENALISED || this == PAID || this == COURT_ENFORCEMENT || this == REVOKED || this == EXECUTED;
  }
}
