package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.ErrorBodies;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistApi;
import cn.sh.emergency.supervision.support.TasklistForm;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second report of the same hazard or accident asks for confirmation: refused with 409 naming the earlier case, its
 * stage and report time, nothing written; confirmed, the case starts and both cases show the link. Every test reports
 * about a unit of its own.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-16T09:00:00")
class DuplicateReportsIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  JdbcTemplate jdbc;
  @LocalServerPort
  int port;

  EngineRest rest;
  String uscc;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    uscc = UniqueReports.uscc();
  }

  @Test
  void aSecondReportOfAHazardIsRefusedUntilConfirmedAndThenLinkedBothWays() {
    String first = created(rest.post("jingan-handler", "/api/hazards", hazard("5号仓库", "危化品混存")));

    // The same unit and place, the description in other words that contain the first: the same hazard.
    Map<String, Long> before = rows();
    ResponseEntity<String> refused = rest.post("jingan-handler2", "/api/hazards",
        hazard("5号 仓库", "5号仓库内危化品混存，未分区隔离"));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(refused.getBody())).startsWith("疑似重复报告：本区30日内已有同一单位、同一位置、描述相似的隐患报告")
        .contains(first + "（核查隐患，报告时间2026-03-16 09:00）", "确认不是重复报告", "duplicateConfirmed");
    assertThat(rows()).as("nothing written, no case number taken").isEqualTo(before);

    ResponseEntity<String> confirmed = rest.post("jingan-handler2", "/api/hazards",
        hazard("5号 仓库", "5号仓库内危化品混存，未分区隔离", "duplicateConfirmed", true));
    String second = created(confirmed);
    assertThat(sequence(second)).as("the refused report took no number").isEqualTo(sequence(first) + 1);

    Map<String, Object> secondView = view(second);
    assertThat(related(secondView)).singleElement().satisfies(link -> {
      assertThat(link).containsEntry("caseNo", first).containsEntry("relation", "EARLIER_REPORT")
          .containsEntry("lifecycle", HazardProcess.PROCESS_KEY).containsEntry("stageName", "核查隐患")
          .containsEntry("confirmedBy", "jingan-handler2");
      assertThat(link.get("openedAt")).isNotNull();
      assertThat(link.get("linkedAt")).isNotNull();
    });
    assertThat(secondView.get("timeline").toString()).contains("RELATED_CASE", "报告人确认不是重复报告，与先报案件关联：" + first);
    Map<String, Object> firstView = view(first);
    assertThat(related(firstView)).singleElement().satisfies(link -> assertThat(link)
        .containsEntry("caseNo", second).containsEntry("relation", "LATER_REPORT")
        .containsEntry("confirmedBy", "jingan-handler2"));
    assertThat(firstView.get("timeline").toString()).contains("RELATED_CASE", "后报案件" + second + "经报告人确认不是重复报告");
    for (String caseNo : List.of(first, second)) {
      assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
          .containsEntry("intact", true);
    }

    // A third report names both earlier cases.
    ResponseEntity<String> third = rest.post("jingan-handler", "/api/hazards", hazard("5号仓库", "危化品混存"));
    assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(third.getBody())).contains(first + "（核查隐患", second + "（核查隐患");
  }

  @Test
  void anotherPlaceOrAnotherDescriptionIsAnotherHazard() {
    created(rest.post("jingan-handler", "/api/hazards", hazard("6号仓库", "危化品混存")));
    created(rest.post("jingan-handler", "/api/hazards", hazard("6号仓库东侧", "危化品混存")));
    created(rest.post("jingan-handler", "/api/hazards", hazard("6号仓库", "消防通道堵塞")));
    Map<String, Object> other = new LinkedHashMap<>(hazard("6号仓库", "危化品混存"));
    other.put("enterpriseUscc", UniqueReports.uscc());
    created(rest.post("jingan-handler", "/api/hazards", other));
  }

  @Test
  void theSameReportInAnotherDistrictIsNoDuplicate() {
    String jingan = created(rest.post("jingan-handler", "/api/hazards", hazard("7号仓库", "危化品混存")));
    Map<String, Object> changning = new LinkedHashMap<>(hazard("7号仓库", "危化品混存"));
    changning.put("district", "changning");
    changning.put("street", "新华路街道");
    String other = created(rest.post("changning-handler", "/api/hazards", changning));
    assertThat(related(view(other))).isEmpty();
    assertThat(related(view(jingan))).isEmpty();
  }

  @Test
  void aHazardReportedMoreThan30DaysAgoIsNoLongerADuplicate() {
    TestClock.set("2026-02-02T09:00:00");
    String old = created(rest.post("jingan-handler", "/api/hazards", hazard("8号仓库", "危化品混存")));

    // 30 days later to the minute it is still within the window; a minute after, no longer.
    TestClock.set("2026-03-04T09:00:00");
    ResponseEntity<String> within = rest.post("jingan-handler", "/api/hazards", hazard("8号仓库", "危化品混存"));
    assertThat(within.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(within.getBody())).contains(old + "（核查隐患，报告时间2026-02-02 09:00）");
    TestClock.set("2026-03-04T09:01:00");
    String later = created(rest.post("jingan-handler", "/api/hazards", hazard("8号仓库", "危化品混存")));
    assertThat(related(view(later))).isEmpty();
  }

  @Test
  void aSecondReportOfAnAccidentIsRefusedUntilConfirmedAndThenLinked() {
    String first = created(rest.post("jingan-handler", "/api/accidents", accident("2026-03-16T07:00")));
    String stage = (String) view(first).get("stageName");

    // 20 minutes apart: reporters round the time, it is the same accident.
    Map<String, Long> before = rows();
    ResponseEntity<String> refused = rest.post("jingan-handler2", "/api/accidents", accident("2026-03-16T07:20"));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(refused.getBody()))
        .startsWith("疑似重复报告：本区已有同一单位、发生时间相差不超过30分钟的事故报告")
        .contains(first + "（" + stage + "，报告时间2026-03-16 09:00，事故发生时间2026-03-16 07:00）");
    assertThat(rows()).isEqualTo(before);

    // 31 minutes apart: another accident.
    String another = created(rest.post("jingan-handler", "/api/accidents", accident("2026-03-16T07:31")));
    assertThat(related(view(another))).isEmpty();

    // Confirmed, 07:20 is linked to both, each of them to it.
    Map<String, Object> confirmedBody = accident("2026-03-16T07:20");
    confirmedBody.put("duplicateConfirmed", true);
    String second = created(rest.post("jingan-handler2", "/api/accidents", confirmedBody));
    assertThat(related(view(second))).extracting(link -> link.get("caseNo") + " " + link.get("relation"))
        .containsExactly(first + " EARLIER_REPORT", another + " EARLIER_REPORT");
    assertThat(related(view(first))).extracting(link -> link.get("caseNo") + " " + link.get("relation"))
        .containsExactly(second + " LATER_REPORT");
  }

  @Test
  void theEngineApiAndTheTasklistStartFormAreRefusedWith409AndTheChineseMessage() {
    String first = created(rest.post("jingan-handler", "/api/hazards", hazard("9号仓库", "危化品混存")));
    Map<String, Long> before = rows();

    ResponseEntity<String> engine = rest.post("jingan-handler", "/engine-rest/process-definition/key/"
        + HazardProcess.PROCESS_KEY + "/start", Map.of("variables", EngineRest.typed(hazard("9号仓库", "危化品混存"))));
    assertThat(engine.getStatusCode()).as(engine.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(message(engine.getBody())).startsWith("疑似重复报告").contains(first).doesNotContain("Cannot");

    TasklistApi tasklist = TasklistApi.logIn(port, "jingan-handler", PlatformSample.PASSWORD);
    String definitionId = json(tasklist.send("GET", "process-definition/key/" + HazardProcess.PROCESS_KEY, null).body())
        .path("id").asText();
    TasklistForm form = TasklistForm.start(tasklist.send("GET", "process-definition/" + definitionId
        + "/deployed-start-form", null).body());
    HttpResponse<String> viaForm = tasklist.send("POST", "process-definition/" + definitionId + "/submit-form",
        "{\"variables\":" + form.submit(hazard("9号仓库", "危化品混存"), TasklistForm.ReadOnly.AS_RENDERED).variables()
            + "}");
    assertThat(viaForm.statusCode()).as(viaForm.body()).isEqualTo(409);
    assertThat(message(viaForm.body())).startsWith("疑似重复报告").contains(first).doesNotContain("Cannot");
    assertThat(rows()).isEqualTo(before);

    // The form's checkbox confirms it.
    Map<String, Object> confirmed = new LinkedHashMap<>(hazard("9号仓库", "危化品混存"));
    confirmed.put("duplicateConfirmed", true);
    HttpResponse<String> started = tasklist.send("POST", "process-definition/" + definitionId + "/submit-form",
        "{\"variables\":" + form.submit(confirmed, TasklistForm.ReadOnly.AS_RENDERED).variables() + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(related(view(first))).singleElement().satisfies(link -> assertThat(link)
        .containsEntry("relation", "LATER_REPORT").containsEntry("confirmedBy", "jingan-handler"));
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private Map<String, Object> hazard(String location, String description, Object... more) {
    Map<String, Object> body = ApiBodies.hazard("enterpriseUscc", uscc, "location", location, "description",
        description);
    for (int i = 0; i < more.length; i += 2) {
      body.put((String) more[i], more[i + 1]);
    }
    return body;
  }

  private Map<String, Object> accident(String occurredAt) {
    return ApiBodies.accident("enterpriseUscc", uscc, "occurredAt", occurredAt, "reportedAt", "2026-03-16T08:30");
  }

  private static String created(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getHeaders().getLocation().getPath().replace("/api/cases/", "");
  }

  private Map<String, Object> view(String caseNo) {
    ResponseEntity<Map<String, Object>> view = rest.getMap("jingan-leader", "/api/cases/" + caseNo);
    if (view.getStatusCode() == HttpStatus.NOT_FOUND) {
      view = rest.getMap("changning-leader", "/api/cases/" + caseNo);
    }
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    return view.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> related(Map<String, Object> view) {
    return (List<Map<String, Object>>) view.get("relatedCases");
  }

  /** Rows a started case writes: ledger, record, links, number counters, the engine's instances and variables. */
  private Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String query : List.of("select count(*) from case_ledger", "select count(*) from case_record",
        "select count(*) from case_link", "select coalesce(sum(last_value), 0) from number_counter",
        "select count(*) from act_ru_execution", "select count(*) from act_hi_procinst",
        "select count(*) from act_ru_variable")) {
      rows.put(query, jdbc.queryForObject(query, Long.class));
    }
    return rows;
  }

  private static int sequence(String caseNo) {
    return Integer.parseInt(caseNo.substring(caseNo.lastIndexOf('-') + 1));
  }

  private static String message(String body) {
    return ErrorBodies.message(body);
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }
}
