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
}
