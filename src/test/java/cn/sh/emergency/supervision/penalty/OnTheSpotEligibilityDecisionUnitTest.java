package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 行政处罚法 art. 51: a warning always, a fine up to 200 yuan for a citizen (any person) and 3,000 yuan for an
 * organisation may be decided on the spot, "以下" including the limit; above it the ordinary procedure applies.
 */
class OnTheSpotEligibilityDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables(
      "processes/penalty/on-the-spot-eligibility.dmn", PenaltyDecisions.ON_THE_SPOT_ELIGIBILITY);

  @ParameterizedTest(name = "{0} {1} {2} yuan: {3} (limit {4})")
  @CsvSource({
      "UNIT, WARNING, 0, true, 0",
      "PERSON, WARNING, 0, true, 0",
      "UNIT, FINE, 3000, true, 3000",
      "UNIT, FINE, 3001, false, 3000",
      "PERSON, FINE, 200, true, 200",
      "PRINCIPAL, FINE, 200, true, 200",
      "MANAGER, FINE, 201, false, 200",
      "PERSON, FINE, 1000, false, 200"
  })
  void theLimitsOfArticle51(String partyKind, String penalty, long fine, boolean eligible, long limit) {
    DmnDecisionRuleResult result = TABLE.single(Map.of(PenaltyDecisions.PARTY_KIND, partyKind,
        PenaltyDecisions.SUMMARY_PENALTY, penalty, PenaltyDecisions.FINE_YUAN, fine));
    assertThat((Boolean) result.getEntry(PenaltyDecisions.ELIGIBLE)).isEqualTo(eligible);
    assertThat(((Number) result.getEntry(PenaltyDecisions.MAX_FINE_YUAN)).longValue()).isEqualTo(limit);
  }
}
