package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.ACCIDENT_CASE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.COLLECTIVE_DISCUSSION_REQUIRED;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.DECISION_TYPE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.HEARING_HELD;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.LEGAL_REVIEW_REQUIRED;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.PARTY_KIND;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Legal review and collective discussion at each side of each threshold, for each reason and without flags. */
class PenaltyReviewRequirementsDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables(
      "processes/penalty/penalty-review-requirements.dmn", PenaltyDecisions.PENALTY_REVIEW_REQUIREMENTS);

  @ParameterizedTest(name = "accident {0}, hearing {1}, {2}, {3} fined {4} → review {5}, discussion {6}")
  @CsvSource(nullValues = "null", value = {
      // unit fines: collective discussion from 1,000,000, legal review from 100,000 (district defaults)
      "false, false, FINE, UNIT, 0, false, false",
      "false, false, FINE, UNIT, 99999, false, false",
      "false, false, FINE, UNIT, 100000, true, false",
      "false, false, FINE, UNIT, 999999, true, false",
      "false, false, FINE, UNIT, 1000000, true, true",
      // personal fines: collective discussion from 100,000, legal review from 20,000 (district defaults)
      "false, false, FINE, PRINCIPAL, 19999, false, false",
      "false, false, FINE, PRINCIPAL, 20000, true, false",
      "false, false, FINE, PRINCIPAL, 99999, true, false",
      "false, false, FINE, PRINCIPAL, 100000, true, true",
      "false, false, FINE, MANAGER, 19999, false, false",
      "false, false, FINE, MANAGER, 20000, true, false",
      "false, false, FINE, MANAGER, 99999, true, false",
      "false, false, FINE, MANAGER, 100000, true, true",
      // decision types: suspension, revocation and closure always need both, whoever the party and whatever the fine
      "false, false, SUSPEND_PRODUCTION, UNIT, 0, true, true",
      "false, false, REVOKE_LICENSE, UNIT, 0, true, true",
      "false, false, CLOSE, UNIT, 0, true, true",
      "false, false, SUSPEND_PRODUCTION, PRINCIPAL, 0, true, true",
      "false, false, REVOKE_LICENSE, MANAGER, 0, true, true",
      "false, false, CLOSE, null, 0, true, true",
      "false, false, OTHER, UNIT, 0, false, false",
      "false, false, OTHER, UNIT, 1000000, true, true",
      // an accident or a hearing needs legal review only; the heavier reasons above still need discussion
      "true, false, FINE, UNIT, 0, true, false",
      "true, false, FINE, PRINCIPAL, 0, true, false",
      "true, false, CLOSE, UNIT, 0, true, true",
      "true, false, FINE, UNIT, 1000000, true, true",
      "false, false, FINE, PRINCIPAL, 10000, false, false",
      "false, true, FINE, PRINCIPAL, 10000, true, false",
      "false, true, FINE, UNIT, 0, true, false",
      "false, true, FINE, PRINCIPAL, 100000, true, true",
      "true, true, FINE, MANAGER, 0, true, false",
      // absent flags fall through to the fine thresholds
      "null, null, FINE, UNIT, 0, false, false",
      "null, null, FINE, UNIT, 50000, false, false",
      "null, null, FINE, UNIT, 100000, true, false",
      "null, null, FINE, PRINCIPAL, 19999, false, false",
      "null, null, FINE, PRINCIPAL, 20000, true, false",
      "null, null, SUSPEND_PRODUCTION, UNIT, 0, true, true",
      "true, null, FINE, MANAGER, 1000, true, false",
      "null, true, FINE, UNIT, 0, true, false",
      "null, false, FINE, MANAGER, 0, false, false",
      "false, null, FINE, UNIT, 0, false, false"
  })
  void requirements(Boolean accident, Boolean hearing, String decisionType, String kind, long fine,
                    boolean review, boolean discussion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACCIDENT_CASE, accident);
    variables.put(HEARING_HELD, hearing);
    variables.put(DECISION_TYPE, decisionType);
    variables.put(PARTY_KIND, kind);
    variables.put(FINE_YUAN, fine);
    assertRequirements(variables, review, discussion);
  }

  /** Not to penalise is reviewed, whatever else; a reduced penalty is reviewed and discussed; the others as above. */
  @ParameterizedTest(name = "{0}, {1} {2} fined {3} → review {4}, discussion {5}")
  @CsvSource(nullValues = "null", value = {
      "NOT_PENALISED, FINE, UNIT, 0, true, false",
      "NOT_PENALISED, FINE, PRINCIPAL, 0, true, false",
      "REDUCED, FINE, PRINCIPAL, 10000, true, true",
      "REDUCED, FINE, UNIT, 0, true, true",
      "LIGHTER, FINE, UNIT, 99999, false, false",
      "STANDARD, FINE, UNIT, 100000, true, false",
      "null, FINE, UNIT, 0, false, false"
  })
  void treatments(String treatment, String decisionType, String kind, long fine, boolean review, boolean discussion) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACCIDENT_CASE, false);
    variables.put(HEARING_HELD, false);
    variables.put(DECISION_TYPE, decisionType);
    variables.put(PARTY_KIND, kind);
    variables.put(FINE_YUAN, fine);
    variables.put(PenaltyDecisions.TREATMENT, treatment);
    assertRequirements(variables, review, discussion);
  }

  private static void assertRequirements(Map<String, Object> variables, boolean review, boolean discussion) {
    DmnDecisionRuleResult result = TABLE.single(variables);
    assertThat((Boolean) result.getEntry(LEGAL_REVIEW_REQUIRED)).isEqualTo(review);
    assertThat((Boolean) result.getEntry(COLLECTIVE_DISCUSSION_REQUIRED)).isEqualTo(discussion);
  }
}
