package cn.sh.emergency.supervision.accident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who investigates (国务院令第493号 art. 19), including the unit's own investigation at its boundaries. */
class AccidentInvestigatingLevelDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables(
      "processes/accident/accident-investigating-level.dmn", AccidentDecisions.ACCIDENT_INVESTIGATING_LEVEL);

  @ParameterizedTest(name = "{0}, {1} deaths, {2} injuries, {3} yuan → {4}")
  @CsvSource({
      "EXTRAORDINARY, 30, 0, 0, STATE_COUNCIL",
      "MAJOR, 10, 0, 0, CITY",
      "LARGER, 3, 0, 0, CITY",
      "GENERAL, 1, 0, 0, DISTRICT",
      "GENERAL, 0, 1, 0, DISTRICT",
      "GENERAL, 0, 0, 999999, UNIT",
      "GENERAL, 0, 0, 1000000, DISTRICT",
      "GENERAL, 0, 0, 0, UNIT"
  })
  void investigatingLevel(String grade, int deaths, int injuries, long loss, String level) {
    assertThat(TABLE.single(Map.of(AccidentDecisions.GRADE, grade, AccidentDecisions.DEATHS, deaths,
        AccidentDecisions.SERIOUS_INJURIES, injuries, AccidentDecisions.DIRECT_LOSS_YUAN, loss))
        .getEntry(AccidentDecisions.INVESTIGATING_LEVEL).toString()).isEqualTo(level);
  }

  /** 2 dead and 1 missing is 较大 in Shanghai, which the city investigates; one missing is not "no casualties". */
  @ParameterizedTest(name = "{0}, {1} dead + {2} missing → {3}")
  @CsvSource({"LARGER, 2, 1, CITY", "GENERAL, 0, 1, DISTRICT"})
  void missingPersonsCountWithTheDead(String grade, int deaths, int missing, String level) {
    assertThat(TABLE.single(Map.of(AccidentDecisions.GRADE, grade, AccidentDecisions.DEATHS, deaths,
        AccidentDecisions.MISSING, missing, AccidentDecisions.SERIOUS_INJURIES, 0,
        AccidentDecisions.DIRECT_LOSS_YUAN, 0L)).getEntry(AccidentDecisions.INVESTIGATING_LEVEL).toString())
        .isEqualTo(level);
  }
}
