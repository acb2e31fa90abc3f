package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thresholds of the production-safety crimes (法释〔2015〕22号 art. 6), "以上" including the
 * number: one death, three serious injuries or 1,000,000 yuan of direct loss make a case suspected of 重大责任事故罪;
 * anything less is no suspicion. The offence is the persons', so the unit's decision does not wait.
 */
class CrimeScreeningDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables(
      "processes/penalty/crime-screening.dmn", PenaltyDecisions.CRIME_SCREENING);

  @ParameterizedTest(name = "{0} dead, {1} seriously injured, {2} yuan: suspected {3}")
  @CsvSource(nullValues = "null", value = {
      "1, 0, 0, true, 重大责任事故罪, 造成死亡一人以上",
      "0, 3, 0, true, 重大责任事故罪, 造成重伤三人以上",
      "0, 0, 1000000, true, 重大责任事故罪, 造成直接经济损失一百万元以上",
      "0, 2, 999999, false, null, null",
      "0, 0, 0, false, null, null",
      "2, 5, 3000000, true, 重大责任事故罪, 造成死亡一人以上"
  })
  void casesMeetingAThresholdAreSuspected(int deaths, int injuries, long loss, boolean suspected, String offence,
                                          String threshold) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(PenaltyDecisions.DEATHS, deaths);
    facts.put(PenaltyDecisions.SERIOUS_INJURIES, injuries);
    facts.put(PenaltyDecisions.DIRECT_LOSS_YUAN, loss);
    DmnDecisionRuleResult result = TABLE.single(facts);
    assertThat((Boolean) result.getEntry(PenaltyDecisions.SUSPECTED_CRIME)).isEqualTo(suspected);
    if (suspected) {
      assertThat((String) result.getEntry(PenaltyDecisions.SUSPECTED_OFFENCE)).contains(offence);
      assertThat((String) result.getEntry(PenaltyDecisions.CRIME_THRESHOLD)).contains(threshold);
      assertThat((Boolean) result.getEntry(PenaltyDecisions.UNIT_SUSPECTED)).isFalse();
    } else {
      assertThat((String) result.getEntry(PenaltyDecisions.SUSPECTED_OFFENCE)).isNull();
    }
  }
}
