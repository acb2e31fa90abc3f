package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * The decision on evidence registered and preserved (先行登记保存, 行政处罚法 art. 56), made within 7 working days
 * ({@code preservationDecision}).
 */
public enum PreservationDecision implements Coded {
  TESTING("送交检验、检测或者鉴定"),
  CONFISCATION("依法应予没收的，依照法定程序处理"),
  SEIZURE("依法扣留或者封存"),
  RELEASE("解除先行登记保存措施");

  private final String chineseName;

  PreservationDecision(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
