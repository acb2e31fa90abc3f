package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/** What a party in financial difficulty asks for (行政处罚法 art. 66; {@code paymentPlanKind}). */
public enum PaymentPlanKind implements Coded {
  /** 暂缓（延期）缴纳: everything outstanding on one later day. */
  DEFERRAL("延期缴纳"),
  /** 分期缴纳: in instalments. */
  INSTALMENTS("分期缴纳");

  private final String chineseName;

  PaymentPlanKind(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
