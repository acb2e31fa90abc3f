package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The penalty decision tables are deployed with the bundle and evaluated over the engine REST API by staff. */
@PostgresIntegrationTest
class DecisionTablesIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;

  @Test
  void aHandlerEvaluatesTheFineRangeAndTheHearingRight() {
    EngineRest rest = new EngineRest(restTemplate);
    ResponseEntity<List<Map<String, Map<String, Object>>>> range = evaluate(rest, "jingan-handler",
        PenaltyDecisions.PENALTY_DISCRETION, Map.of(
            PenaltyDecisions.PARTY_KIND, typed("UNIT", "String"),
            PenaltyDecisions.LEGAL_BASIS_ARTICLE, typed("SPL-114", "String"),
            PenaltyDecisions.ACCIDENT_GRADE, typed("LARGER", "String"),
            PenaltyDecisions.AGGRAVATED, typed(false, "Boolean"),
            PenaltyDecisions.LAST_YEAR_INCOME_YUAN, typed(0, "Long")));
    assertThat(range.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(range.getBody()).singleElement().satisfies(r -> {
      assertThat(((Number) r.get(PenaltyDecisions.FINE_MIN_YUAN).get("value")).longValue()).isEqualTo(1_000_000L);
      assertThat(((Number) r.get(PenaltyDecisions.FINE_MAX_YUAN).get("value")).longValue()).isEqualTo(2_000_000L);
    });

    ResponseEntity<List<Map<String, Map<String, Object>>>> hearing = evaluate(rest, "jingan-leader",
        PenaltyDecisions.HEARING_ELIGIBILITY, Map.of(
            PenaltyDecisions.PARTY_KIND, typed("PRINCIPAL", "String"),
            PenaltyDecisions.FINE_YUAN, typed(10000, "Long"),
            PenaltyDecisions.DECISION_TYPE, typed("FINE", "String")));
    assertThat(hearing.getBody()).singleElement()
        .satisfies(r -> assertThat(r.get(PenaltyDecisions.HEARING_RIGHT).get("value")).isEqualTo(true));
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static ResponseEntity<List<Map<String, Map<String, Object>>>> evaluate(EngineRest rest, String user,
      String key, Map<String, Object> variables) {
    return rest.as(user).exchange("/engine-rest/decision-definition/key/" + key + "/evaluate", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variables)), new ParameterizedTypeReference<>() { });
  }
}
