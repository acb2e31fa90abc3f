package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.DECISION_TYPE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.HEARING_RIGHT;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.PARTY_KIND;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hearing rights at each side of each threshold (较大数额: unit 30,000, individual 10,000 yuan). */
class HearingEligibilityDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables("processes/penalty/hearing-eligibility.dmn",
      PenaltyDecisions.HEARING_ELIGIBILITY);

  @ParameterizedTest(name = "{0} fined {1} by {2} → hearing {3}")
  @CsvSource({
      "UNIT, 29999, FINE, false",
      "UNIT, 30000, FINE, true",
      "PRINCIPAL, 9999, FINE, false",
      "PRINCIPAL, 10000, FINE, true",
      "MANAGER, 9999, FINE, false",
      "MANAGER, 10000, FINE, true",
      "UNIT, 0, SUSPEND_PRODUCTION, true",
      "UNIT, 0, REVOKE_LICENSE, true",
      "UNIT, 0, CLOSE, true",
      "UNIT, 0, OTHER, false"
  })
  void hearingRight(String kind, long fine, String decisionType, boolean expected) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PARTY_KIND, kind);
    variables.put(FINE_YUAN, fine);
    variables.put(DECISION_TYPE, decisionType);
    assertThat((Boolean) TABLE.single(variables).getEntry(HEARING_RIGHT)).isEqualTo(expected);
  }
}
