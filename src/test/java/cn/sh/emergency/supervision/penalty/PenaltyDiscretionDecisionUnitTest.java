package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.ACCIDENT_GRADE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.AGGRAVATED;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_MAX_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_MIN_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.LAST_YEAR_INCOME_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.LEGAL_BASIS_ARTICLE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.PARTY_KIND;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every amount of DOMAIN "Dual penalty" as the table gives it; expectations written out from the statute. */
class PenaltyDiscretionDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables("processes/penalty/penalty-discretion.dmn",
      PenaltyDecisions.PENALTY_DISCRETION);

  @ParameterizedTest(name = "{0} {1} {2} aggravated={3} income={4} → {5}..{6}")
  @CsvSource(nullValues = "NULL", value = {
      // art. 114: the unit, by accident grade; especially serious: 2x the minimum to 5x the maximum
      "UNIT, SPL-114, GENERAL, false, 0, 300000, 1000000",
      "UNIT, SPL-114, LARGER, false, 0, 1000000, 2000000",
      "UNIT, SPL-114, MAJOR, false, 0, 2000000, 10000000",
      "UNIT, SPL-114, EXTRAORDINARY, false, 0, 10000000, 20000000",
      "UNIT, SPL-114, GENERAL, true, 0, 600000, 5000000",
      "UNIT, SPL-114, LARGER, true, 0, 2000000, 10000000",
      "UNIT, SPL-114, MAJOR, true, 0, 4000000, 50000000",
      "UNIT, SPL-114, EXTRAORDINARY, true, 0, 20000000, 100000000",
      // art. 95: the principal person, a fixed share of the previous year's income
      "PRINCIPAL, SPL-95, GENERAL, false, 500000, 200000, 200000",
      "PRINCIPAL, SPL-95, LARGER, false, 500000, 300000, 300000",
      "PRINCIPAL, SPL-95, MAJOR, false, 500000, 400000, 400000",
      "PRINCIPAL, SPL-95, EXTRAORDINARY, false, 500000, 500000, 500000",
      "PRINCIPAL, SPL-95, LARGER, false, 123457, 74074, 74074",
      // art. 96: other responsible persons and safety managers: 20 %-50 % with an accident, 10k-30k without
      "MANAGER, SPL-96, GENERAL, false, 200000, 40000, 100000",
      "MANAGER, SPL-96, EXTRAORDINARY, false, 200000, 40000, 100000",
      "MANAGER, SPL-96, NULL, false, 200000, 10000, 30000",
      // art. 110: the principal person who flees, conceals or delays the report: 60 %-100 %
      "PRINCIPAL, SPL-110, MAJOR, false, 300000, 180000, 300000",
      "PRINCIPAL, SPL-110, NULL, false, 300000, 180000, 300000",
      // paired unit and personal fines without an accident
      "UNIT, SPL-97, NULL, false, 0, 0, 100000",
      "PRINCIPAL, SPL-97, NULL, false, 0, 20000, 50000",
      "MANAGER, SPL-97, NULL, false, 0, 20000, 50000",
      "UNIT, SPL-99, NULL, false, 0, 0, 50000",
      "MANAGER, SPL-99, NULL, false, 0, 10000, 20000",
      "UNIT, SPL-102, NULL, false, 0, 0, 50000",
      "PRINCIPAL, SPL-102, NULL, false, 0, 50000, 100000"
  })
  void fineRanges(String kind, String article, String grade, boolean aggravated, long income, long min, long max) {
    DmnDecisionRuleResult result = TABLE.single(inputs(kind, article, grade, aggravated, income));
    assertThat(((Number) result.getEntry(FINE_MIN_YUAN)).longValue()).isEqualTo(min);
    assertThat(((Number) result.getEntry(FINE_MAX_YUAN)).longValue()).isEqualTo(max);
  }

  @ParameterizedTest(name = "no range for {0} under {1}")
  @CsvSource(nullValues = "NULL", value = {"MANAGER, SPL-95, GENERAL", "PRINCIPAL, SPL-114, GENERAL",
      "UNIT, SPL-999, NULL", "UNIT, SPL-114, NULL"})
  void combinationsTheLawDoesNotProvideHaveNoRange(String kind, String article, String grade) {
    assertThat(TABLE.matches(inputs(kind, article, grade, false, 100000))).isZero();
  }

  private static Map<String, Object> inputs(String kind, String article, String grade, boolean aggravated,
                                            long income) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PARTY_KIND, kind);
    variables.put(LEGAL_BASIS_ARTICLE, article);
    variables.put(ACCIDENT_GRADE, grade);
    variables.put(AGGRAVATED, aggravated);
    variables.put(LAST_YEAR_INCOME_YUAN, income);
    return variables;
  }
}
