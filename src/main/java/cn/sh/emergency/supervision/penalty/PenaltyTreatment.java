package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * How the proposal treats a party ({@code treatment}, 行政处罚法 arts. 32–33, 57): a fine inside the discretion range,
 * a lighter one inside it (从轻) or one below its lower limit (减轻) for a mitigating circumstance, or no penalty.
 * Each but {@link #STANDARD} needs a circumstance ({@link MitigationGround}) that the decision table
 * {@code penalty-mitigation} says permits it.
 */
public enum PenaltyTreatment implements Coded {
  STANDARD("依裁量基准处罚"),
  LIGHTER("从轻处罚"),
  REDUCED("减轻处罚"),
  NOT_PENALISED("不予行政处罚");

  private final String chineseName;

  PenaltyTreatment(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
