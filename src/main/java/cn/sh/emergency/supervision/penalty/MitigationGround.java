package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.shared.Coded;

/**
 * The circumstances that allow a lighter penalty, a reduced one or none ({@code mitigationGround}). Which treatment
 * each permits, and the article it rests on, is the law's and kept in the decision table {@code penalty-mitigation}.
 */
public enum MitigationGround implements Coded {
  /** 行政处罚法 art. 33 para. 1, first sentence: no penalty. */
  MINOR_AND_CORRECTED("违法行为轻微并及时改正，没有造成危害后果"),
  /** Art. 33 para. 1, second sentence: no penalty may be imposed (首违不罚). */
  FIRST_VIOLATION("初次违法且危害后果轻微并及时改正"),
  /** Art. 33 para. 2: no penalty. */
  NO_FAULT("有证据足以证明没有主观过错"),
  /** Art. 57 para. 1 (3): no penalty. */
  FACTS_NOT_ESTABLISHED("违法事实不能成立"),
  /** Art. 32 (1): lighter or reduced. */
  HARM_ELIMINATED("主动消除或者减轻违法行为危害后果"),
  /** Art. 32 (2): lighter or reduced. */
  COERCED("受他人胁迫或者诱骗实施违法行为"),
  /** Art. 32 (3): lighter or reduced. */
  CONFESSED("主动供述行政机关尚未掌握的违法行为"),
  /** Art. 32 (4): lighter or reduced. */
  MERITORIOUS_COOPERATION("配合行政机关查处违法行为有立功表现"),
  /** Art. 35 para. 2: the court fined the party for the crime before any fine was given: no fine any more. */
  CRIMINAL_FINE_IMPOSED("人民法院已判处罚金，不再给予罚款");

  private final String chineseName;

  MitigationGround(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
