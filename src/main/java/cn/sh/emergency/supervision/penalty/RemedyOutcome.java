package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * How a 行政复议 or 行政诉讼 against a penalty decision ended ({@code remedyOutcome}). A changed or revoked decision is
 * withdrawn from publication within 3 working days (行政处罚法 art. 48 para. 2).
 */
public enum RemedyOutcome implements Coded {
  /** 维持, 驳回: the decision stands. */
  UPHELD("维持原决定或者驳回请求"),
  /** 变更: the decision stands with another fine. */
  CHANGED("变更处罚决定"),
  /** 撤销, 确认无效: the decision is gone; its collection ends. */
  REVOKED("撤销或者确认无效"),
  /** 撤回申请, 撤诉: the challenge is over, the decision stands. */
  WITHDRAWN("申请人撤回申请或者撤诉");

  private final String chineseName;

  RemedyOutcome(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  /** The decision as published is no longer the decision in force. */
  public boolean withdrawsPublication() {
    return this == CHANGED || this == REVOKED;
  }
}
