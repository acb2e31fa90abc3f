package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.ACCIDENT_GRADE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.AGGRAVATED;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_MAX_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.FINE_MIN_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.LAST_YEAR_INCOME_YUAN;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.LEGAL_BASIS_ARTICLE;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.OVERDUE_UNCORRECTED;
import static cn.sh.emergency.supervision.penalty.PenaltyDecisions.PARTY_KIND;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every amount of 安全生产法 (2021) for 一案双罚 as the table gives it; expectations written out from the statute. */
class PenaltyDiscretionDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables("processes/penalty/penalty-discretion.dmn",
      PenaltyDecisions.PENALTY_DISCRETION);

  @ParameterizedTest(name = "{0} {1} {2} aggravated={3} overdue={4} income={5} → {6}..{7}")
  @CsvSource(nullValues = "NULL", value = {
      // art. 114: the unit, by accident grade; especially serious: 2x the minimum to 5x the maximum
      "UNIT, SPL-114, GENERAL, false, false, 0, 300000, 1000000",
      "UNIT, SPL-114, LARGER, false, false, 0, 1000000, 2000000",
      "UNIT, SPL-114, MAJOR, false, false, 0, 2000000, 10000000",
      "UNIT, SPL-114, EXTRAORDINARY, false, false, 0, 10000000, 20000000",
      "UNIT, SPL-114, GENERAL, true, false, 0, 600000, 5000000",
      "UNIT, SPL-114, LARGER, true, false, 0, 2000000, 10000000",
      "UNIT, SPL-114, MAJOR, true, false, 0, 4000000, 50000000",
      "UNIT, SPL-114, EXTRAORDINARY, true, false, 0, 20000000, 100000000",
      // art. 95: the principal person of an accident's unit, a fixed share of the previous year's income
      "PRINCIPAL, SPL-95, GENERAL, false, false, 500000, 200000, 200000",
      "PRINCIPAL, SPL-95, LARGER, false, false, 500000, 300000, 300000",
      "PRINCIPAL, SPL-95, MAJOR, false, false, 500000, 400000, 400000",
      "PRINCIPAL, SPL-95, EXTRAORDINARY, false, false, 500000, 500000, 500000",
      "PRINCIPAL, SPL-95, LARGER, false, false, 123457, 74074, 74074",
      // art. 96: other responsible persons and safety managers: 20 %-50 % with an accident, 10k-30k without
      "MANAGER, SPL-96, GENERAL, false, false, 200000, 40000, 100000",
      "MANAGER, SPL-96, EXTRAORDINARY, false, false, 200000, 40000, 100000",
      "MANAGER, SPL-96, NULL, false, false, 200000, 10000, 30000",
      // art. 110: the principal person who flees, conceals or delays the report: 60 %-100 %
      "PRINCIPAL, SPL-110, MAJOR, false, false, 300000, 180000, 300000",
      "PRINCIPAL, SPL-110, NULL, false, false, 300000, 180000, 300000",
      // art. 94: the principal failing his duties without an accident, once the unit failed to correct in time
      "PRINCIPAL, SPL-94, NULL, false, true, 0, 20000, 50000",
      // arts. 97, 99, 102, first tier: the unit is ordered to correct and may be fined
      "UNIT, SPL-97, NULL, false, false, 0, 0, 100000",
      "UNIT, SPL-99, NULL, false, false, 0, 0, 50000",
      "UNIT, SPL-102, NULL, false, false, 0, 0, 50000",
      // second tier, 逾期未改正 (art. 102: 拒不执行): higher unit fines, and the persons are fined
      "UNIT, SPL-97, NULL, false, true, 0, 100000, 200000",
      "PRINCIPAL, SPL-97, NULL, false, true, 0, 20000, 50000",
      "MANAGER, SPL-97, NULL, false, true, 0, 20000, 50000",
      // art. 101 (e.g. a major hazard not reported): the same two tiers as art. 97
      "UNIT, SPL-101, NULL, false, false, 0, 0, 100000",
      "UNIT, SPL-101, NULL, false, true, 0, 100000, 200000",
      "PRINCIPAL, SPL-101, NULL, false, true, 0, 20000, 50000",
      // 国务院令第493号 art. 36 (瞒报、谎报): the unit 1,000,000–5,000,000, its persons 60–100 % of last year's income
      "UNIT, ARR-36, LARGER, false, false, 0, 1000000, 5000000",
      "PRINCIPAL, ARR-36, GENERAL, false, false, 300000, 180000, 300000",
      "MANAGER, ARR-36, GENERAL, false, false, 200000, 120000, 200000",
      "UNIT, SPL-99, NULL, false, true, 0, 50000, 200000",
      "MANAGER, SPL-99, NULL, false, true, 0, 10000, 20000",
      "UNIT, SPL-102, NULL, false, true, 0, 0, 50000",
      "PRINCIPAL, SPL-102, NULL, false, true, 0, 50000, 100000"
  })
  void fineRanges(String kind, String article, String grade, boolean aggravated, boolean overdue, long income,
                  long min, long max) {
    DmnDecisionRuleResult result = TABLE.single(inputs(kind, article, grade, aggravated, overdue, income));
    assertThat(((Number) result.getEntry(FINE_MIN_YUAN)).longValue()).isEqualTo(min);
    assertThat(((Number) result.getEntry(FINE_MAX_YUAN)).longValue()).isEqualTo(max);
  }

  /**
   * 一案双罚 in an accident case: the principal is fined under art. 95 (LARGER, income 500,000 → 300,000), never
   * under the unit's art. 114, which gives a person no range.
   */
  @ParameterizedTest(name = "no range for {0} under {1} ({2}, overdue={3})")
  @CsvSource(nullValues = "NULL", value = {"MANAGER, SPL-95, GENERAL, false", "PRINCIPAL, SPL-114, LARGER, false",
      "UNIT, SPL-999, NULL, false", "UNIT, SPL-114, NULL, false",
      // a first violation of a paired article fines no person (安全生产法 arts. 94, 97, 99, 102)
      "PRINCIPAL, SPL-97, NULL, false", "MANAGER, SPL-99, NULL, false", "PRINCIPAL, SPL-102, NULL, false",
      "MANAGER, SPL-101, NULL, false",
      "PRINCIPAL, SPL-94, NULL, false"})
  void combinationsTheLawDoesNotProvideHaveNoRange(String kind, String article, String grade, boolean overdue) {
    assertThat(TABLE.matches(inputs(kind, article, grade, false, overdue, 100000))).isZero();
  }

  private static Map<String, Object> inputs(String kind, String article, String grade, boolean aggravated,
                                            boolean overdue, long income) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PARTY_KIND, kind);
    variables.put(LEGAL_BASIS_ARTICLE, article);
    variables.put(ACCIDENT_GRADE, grade);
    variables.put(AGGRAVATED, aggravated);
    variables.put(OVERDUE_UNCORRECTED, overdue);
    variables.put(LAST_YEAR_INCOME_YUAN, income);
    return variables;
  }
}
