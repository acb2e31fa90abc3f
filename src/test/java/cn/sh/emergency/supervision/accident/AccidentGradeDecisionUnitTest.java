package cn.sh.emergency.supervision.accident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each side of every boundary of 国务院令第493号 art. 3, and the highest measure deciding. */
class AccidentGradeDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables("processes/accident/accident-grade.dmn",
      AccidentDecisions.ACCIDENT_GRADE);

  @ParameterizedTest(name = "{0} deaths, {1} serious injuries, {2} yuan → {3}")
  @CsvSource({
      "0, 0, 0, GENERAL",
      // deaths: 3 以上 较大, 10 以上 重大, 30 以上 特别重大
      "2, 0, 0, GENERAL", "3, 0, 0, LARGER",
      "9, 0, 0, LARGER", "10, 0, 0, MAJOR",
      "29, 0, 0, MAJOR", "30, 0, 0, EXTRAORDINARY",
      // serious injuries: 10 / 50 / 100
      "0, 9, 0, GENERAL", "0, 10, 0, LARGER",
      "0, 49, 0, LARGER", "0, 50, 0, MAJOR",
      "0, 99, 0, MAJOR", "0, 100, 0, EXTRAORDINARY",
      // direct loss: 10 / 50 / 100 million yuan
      "0, 0, 9999999, GENERAL", "0, 0, 10000000, LARGER",
      "0, 0, 49999999, LARGER", "0, 0, 50000000, MAJOR",
      "0, 0, 99999999, MAJOR", "0, 0, 100000000, EXTRAORDINARY",
      // the highest grade any one measure reaches
      "1, 12, 500000, LARGER",
      "2, 9, 60000000, MAJOR",
      "31, 0, 1000, EXTRAORDINARY",
      "5, 60, 0, MAJOR"
  })
  void grade(int deaths, int injuries, long loss, String grade) {
    assertThat(TABLE.single(Map.of(AccidentDecisions.DEATHS, deaths, AccidentDecisions.MISSING, 0,
        AccidentDecisions.SERIOUS_INJURIES, injuries, AccidentDecisions.DIRECT_LOSS_YUAN, loss))
        .getEntry(AccidentDecisions.GRADE).toString()).isEqualTo(grade);
  }

  /** Shanghai: 死亡（含下落不明）— missing persons count with the dead; a caller that names none counts none. */
  @ParameterizedTest(name = "{0} dead + {1} missing → {2}")
  @CsvSource({"2, 0, GENERAL", "2, 1, LARGER", "0, 3, LARGER", "9, 1, MAJOR", "29, 1, EXTRAORDINARY"})
  void missingPersonsCountWithTheDead(int deaths, int missing, String grade) {
    assertThat(TABLE.single(Map.of(AccidentDecisions.DEATHS, deaths, AccidentDecisions.MISSING, missing,
        AccidentDecisions.SERIOUS_INJURIES, 0, AccidentDecisions.DIRECT_LOSS_YUAN, 0L))
        .getEntry(AccidentDecisions.GRADE).toString()).isEqualTo(grade);
    if (missing == 0) {
      assertThat(TABLE.single(Map.of(AccidentDecisions.DEATHS, deaths, AccidentDecisions.SERIOUS_INJURIES, 0,
          AccidentDecisions.DIRECT_LOSS_YUAN, 0L)).getEntry(AccidentDecisions.GRADE).toString()).isEqualTo(grade);
    }
  }
}
