package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.ErrorBodies;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enterprise and party names at the intakes: an invisible or control character is refused with 400 naming the field
 * and nothing is written; full-width look-alikes and odd whitespace reach the case file, and the process, in one
 * form — over {@code /api} and over the engine's REST start alike.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class PartyNamesIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FULL_WIDTH_USCC = "９１３１００００ＭＡ１ＦＬ８ＴＱ４９";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  CaseFile caseFile;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcTemplate jdbc;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void aHazardReportedOverTheApiIsRefusedWithAZeroWidthSpaceAndKeptInOneFormWithFullWidthLetters() throws Exception {
    Map<String, Long> before = rows();
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/hazards",
        ApiBodies.hazard("enterpriseName", "上海\u200B某化工有限公司"));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(refused)).contains("企业名称含有不可见字符或控制字符（U+200B），请删除后重新填写");
    assertThat(rows()).as("nothing written, no case number taken").isEqualTo(before);

    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/hazards",
        ApiBodies.hazard("enterpriseName", "\u3000ＡＢＣ  化工\u3000有限公司 ", "enterpriseUscc", FULL_WIDTH_USCC));
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    CaseSummary summary = caseFile.find(JSON.readTree(reported.getBody()).path("caseNo").asText()).orElseThrow();
    assertThat(summary.enterpriseName()).isEqualTo("ABC 化工 有限公司");
    assertThat(summary.enterpriseUscc()).isEqualTo(EngineRest.VALID_USCC);
    assertThat(runtimeService.getVariable(summary.processInstanceId(), CommonVariables.ENTERPRISE_NAME))
        .isEqualTo("ABC 化工 有限公司");
  }

  @Test
  void theEnginesStartIsRefusedWithABidiOverrideAndKeepsTheNormalForm() {
    String start = "/engine-rest/process-definition/key/" + HazardProcess.PROCESS_KEY + "/start";
    Map<String, Long> before = rows();
    ResponseEntity<String> refused = rest.post("jingan-handler", start,
        Map.of("variables", EngineRest.typed(ApiBodies.hazard("enterpriseName", "上海某化工\u202E司公限有"))));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(refused)).contains("企业名称含有不可见字符或控制字符（U+202E）");
    assertThat(rows()).isEqualTo(before);

    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", HazardProcess.PROCESS_KEY,
        new LinkedHashMap<>(ApiBodies.hazard("enterpriseName", "ＸＹＺ１２３有限公司")));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    CaseSummary summary = caseFile.find((String) started.getBody().get("businessKey")).orElseThrow();
    assertThat(summary.enterpriseName()).isEqualTo("XYZ123有限公司");
    assertThat(runtimeService.getVariable(summary.processInstanceId(), CommonVariables.ENTERPRISE_NAME))
        .isEqualTo("XYZ123有限公司");
  }

  @Test
  void aPenaltyPartyNamedWithAByteOrderMarkIsRefused() {
    Map<String, Long> before = rows();
    Map<String, Object> proposal = new LinkedHashMap<>(ApiBodies.penalty());
    proposal.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某化工\uFEFF有限公司",
        "uscc", EngineRest.VALID_USCC)));
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/penalties", proposal);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(message(refused)).contains("第1个当事人（生产经营单位）的名称含有不可见字符或控制字符（U+FEFF）");
    assertThat(rows()).isEqualTo(before);
  }

  private Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String query : List.of("select count(*) from case_ledger", "select count(*) from case_record",
        "select count(*) from act_hi_procinst")) {
      rows.put(query, jdbc.queryForObject(query, Long.class));
    }
    return rows;
  }

  private static String message(ResponseEntity<String> response) {
    return ErrorBodies.message(response.getBody());
  }
}
