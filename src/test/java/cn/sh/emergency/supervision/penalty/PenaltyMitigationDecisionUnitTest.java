package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.support.DecisionTables;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 行政处罚法 arts. 32, 33 and 57: each circumstance permits only the treatments the law gives it — art. 33 and
 * art. 57 (3) no penalty, art. 32 a lighter or reduced one — and names its article; a standard penalty needs none.
 */
class PenaltyMitigationDecisionUnitTest {

  private static final DecisionTables TABLE = new DecisionTables(
      "processes/penalty/penalty-mitigation.dmn", PenaltyDecisions.PENALTY_MITIGATION);

  @ParameterizedTest(name = "{0} permits {1}: {2} ({3})")
  @CsvSource(nullValues = "null", value = {
      "MINOR_AND_CORRECTED, NOT_PENALISED, true, 第三十三条第一款",
      "FIRST_VIOLATION, NOT_PENALISED, true, 第三十三条第一款",
      "NO_FAULT, NOT_PENALISED, true, 第三十三条第二款",
      "FACTS_NOT_ESTABLISHED, NOT_PENALISED, true, 第五十七条第一款第（三）项",
      "HARM_ELIMINATED, LIGHTER, true, 第三十二条第（一）项",
      "HARM_ELIMINATED, REDUCED, true, 第三十二条第（一）项",
      "COERCED, REDUCED, true, 第三十二条第（二）项",
      "CONFESSED, LIGHTER, true, 第三十二条第（三）项",
      "MERITORIOUS_COOPERATION, REDUCED, true, 第三十二条第（四）项",
      "CRIMINAL_FINE_IMPOSED, NOT_PENALISED, true, 第三十五条第二款",
      "CRIMINAL_FINE_IMPOSED, REDUCED, false, null",
      "HARM_ELIMINATED, NOT_PENALISED, false, null",
      "COERCED, NOT_PENALISED, false, null",
      "MINOR_AND_CORRECTED, REDUCED, false, null",
      "NO_FAULT, LIGHTER, false, null",
      "FIRST_VIOLATION, STANDARD, false, null"
  })
  void eachCircumstancePermitsWhatTheLawGivesIt(String ground, String treatment, boolean permitted, String article) {
    DmnDecisionRuleResult result = TABLE.single(Map.of(PenaltyDecisions.MITIGATION_GROUND, ground,
        PenaltyDecisions.TREATMENT, treatment));
    assertThat((Boolean) result.getEntry(PenaltyDecisions.PERMITTED)).isEqualTo(permitted);
    assertThat((String) result.getEntry(PenaltyDecisions.ARTICLE)).isEqualTo(article);
  }

  @Test
  void everyCircumstancePermitsSomeTreatmentAndNoneAStandardOne() {
    for (MitigationGround ground : MitigationGround.values()) {
      Set<PenaltyTreatment> permitted = Arrays.stream(PenaltyTreatment.values())
          .filter(treatment -> Boolean.TRUE.equals(TABLE.single(Map.of(PenaltyDecisions.MITIGATION_GROUND,
              ground.code(), PenaltyDecisions.TREATMENT, treatment.code())).getEntry(PenaltyDecisions.PERMITTED)))
          .collect(java.util.stream.Collectors.toSet());
      assertThat(permitted).as(ground.name()).isNotEmpty().doesNotContain(PenaltyTreatment.STANDARD);
    }
  }

  /** The legal review knows a proposal not to penalise by the penalty lifecycle's code for it. */
  @Test
  void theLegalReviewSpeaksTheSameCodeForNoPenalty() {
    assertThat(LegalReviewProcess.Code.NOT_PENALISED).isEqualTo(PenaltyTreatment.NOT_PENALISED.code());
  }
}
