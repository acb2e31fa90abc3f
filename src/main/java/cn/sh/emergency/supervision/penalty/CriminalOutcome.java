package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * How the criminal proceedings of a transferred case ended ({@code criminalOutcome}), as the handler records it once
 * the public security organ has opened a case. Whether the penalty case then goes on to its decisions or back to the
 * proposals follows from it ({@code dual-penalty}: a sentence sends the waiting parties back, 行政处罚法 art. 35).
 */
public enum CriminalOutcome implements Coded {
  /** 撤销案件、不起诉 or 终止审理: no criminal liability; the administrative penalty goes on. */
  DROPPED("撤销案件、不起诉或者终止审理"),
  /** 免予刑事处罚: guilty without a criminal penalty; the administrative penalty goes on (行政处罚法 art. 27). */
  EXEMPTED("免予刑事处罚"),
  /** 判处刑罚: the proposals are made again; a criminal fine excludes an administrative one (art. 35 para. 2). */
  SENTENCED("已判处刑罚");

  private final String chineseName;

  CriminalOutcome(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
