package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * Where a finding goes ({@code findingAction}): a hazard case of the hazard closed loop (责令整改, 复查), a penalty
 * referral the dual-penalty lifecycle takes up (立案查处), or both.
 */
public enum FindingAction implements Coded {
  HAZARD("移交隐患排查治理", true, false),
  PENALTY("移送行政处罚", false, true),
  HAZARD_AND_PENALTY("移交隐患排查治理并移送行政处罚", true, true);

  private final String chineseName;
  private final boolean hazard;
  private final boolean penalty;

  FindingAction(String chineseName, boolean hazard, boolean penalty) {
    this.chineseName = chineseName;
    this.hazard = hazard;
    this.penalty = penalty;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  public boolean opensHazard() {
    return hazard;
  }

  public boolean refersForPenalty() {
    return penalty;
  }
}
