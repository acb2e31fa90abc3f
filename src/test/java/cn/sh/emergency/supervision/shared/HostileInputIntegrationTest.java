package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.ModelerDeployment;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of hostile input against {@code /api}, form submissions and deployments: each gets a clear 4xx with a
 * body that shows no stack trace or SQL, and nothing is written (cases, instances, records, evidence, deployments).
 */
@PostgresIntegrationTest
class HostileInputIntegrationTest {

  private static final String LONG_TEXT = "隐".repeat(5_000);
  private static final String BILLION_LAUGHS = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\
      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\
      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\
      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\
      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\
      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="laughs" name="&lol9;"
          namespace="http://camunda.org/schema/1.0/dmn"/>
      """;
  private static final String EXTERNAL_ENTITY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="xxe"
          targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="xxe-probe" name="&secret;" isExecutable="true">
          <bpmn:startEvent id="StartEvent_Probe"/>
        </bpmn:process>
      </bpmn:definitions>
      """;
  private static final String SCRIPT_TASK = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="script"
          targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="script-probe" isExecutable="true" camunda:historyTimeToLive="P180D"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <bpmn:startEvent id="StartEvent_Probe"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="ScriptTask_Probe"/>
          <bpmn:scriptTask id="ScriptTask_Probe" scriptFormat="javascript">
            <bpmn:incoming>Flow_1</bpmn:incoming>
            <bpmn:script>java.lang.Runtime.getRuntime().exec("touch /tmp/pwned")</bpmn:script>
          </bpmn:scriptTask>
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired
  TestRestTemplate anonymous;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;

  EngineRest rest;

  /** A request of the corpus, made by the given client; returns the answer. */
  interface Attack extends Function<HostileInputIntegrationTest, ResponseEntity<String>> {
  }

  @BeforeEach
  void setUp() {
    rest = new EngineRest(anonymous);
    TestClock.set("2026-03-02T09:00:00");
    if (openVerification() == null) {
      // The form attacks need a case waiting for verification; it is reported before the rows are counted.
      ResponseEntity<String> reported = json("jingan-handler", "/api/hazards", ApiBodies.hazard());
      assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(201);
    }
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  static Stream<Named<Attack>> corpus() {
    return Stream.of(
        attack("oversized description",
            t -> t.json("jingan-handler", "/api/hazards", ApiBodies.hazard("description", LONG_TEXT))),
        attack("description a number, not text",
            t -> t.json("jingan-handler", "/api/hazards", ApiBodies.hazard("description", Map.of("x", 1)))),
        attack("malformed credit code", t -> t.json("jingan-handler", "/api/hazards",
            ApiBodies.hazard("enterpriseUscc", "91310000MA1FL8TQ4X"))),
        attack("credit code with SQL", t -> t.json("jingan-handler", "/api/hazards",
            ApiBodies.hazard("enterpriseUscc", "'; drop table case_ledger; --"))),
        attack("unknown district", t -> t.json("jingan-handler", "/api/hazards", ApiBodies.hazard("district", "atlantis"))),
        attack("malformed JSON", t -> t.raw("jingan-handler", "/api/hazards", "{\"district\":\"jingan\",")),
        attack("JSON array instead of object", t -> t.raw("jingan-handler", "/api/hazards", "[1,2,3]")),
        attack("negative deaths", t -> t.json("jingan-handler", "/api/accidents", ApiBodies.accident("deaths", -1))),
        attack("loss beyond a long", t -> t.raw("jingan-handler", "/api/accidents",
            ApiBodies.json(ApiBodies.accident("directLossYuan", new BigInteger("99999999999999999999999999"))))),
        attack("reported before it happened", t -> t.json("jingan-handler", "/api/accidents",
            ApiBodies.accident("reportedAt", "2026-03-01T07:00"))),
        attack("accident beyond the calendar", t -> t.json("jingan-handler", "/api/accidents",
            ApiBodies.accident("occurredAt", "2041-03-02T07:00", "reportedAt", "2041-03-02T08:00"))),
        attack("date that does not exist", t -> t.json("jingan-handler", "/api/accidents",
            ApiBodies.accident("occurredAt", "2026-02-30T07:00"))),
        attack("deadline beyond the calendar", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/calendar/deadline?from=2041-01-05&workingDays=5", String.class)),
        attack("deadline with a negative count", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/calendar/deadline?from=2026-03-02&workingDays=-5", String.class)),
        attack("huge page size", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/cases?district=jingan&size=100000000", String.class)),
        attack("NUL character in a description", t -> t.json("jingan-handler", "/api/hazards",
            ApiBodies.hazard("description", "甲类仓库\u0000混存"))),
        attack("a form posted where JSON is expected", t -> t.typed("jingan-handler", "/api/hazards",
            "district=jingan", MediaType.APPLICATION_FORM_URLENCODED)),
        attack("plain text where JSON is expected", t -> t.typed("jingan-handler", "/api/hazards", "{}",
            MediaType.TEXT_PLAIN)),
        attack("page beyond reach", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/cases?district=jingan&page=2147483647&size=100", String.class)),
        attack("page beyond reach, anonymously", t -> t.anonymous.getForEntity(
            "/api/public/decisions?page=2147483647&size=100", String.class)),
        attack("page beyond reach of my cases", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/cases/mine?page=2147483647&size=100", String.class)),
        attack("negative payment", t -> t.json("jingan-handler", "/api/penalties/X/payments",
            Map.of("amountYuan", -5, "paidOn", "2026-03-02"))),
        attack("case number with path tricks", t -> t.rest.as("jingan-handler").getForEntity(
            "/api/cases/..%2F..%2Fetc%2Fpasswd/records", String.class)),
        attack("verification form: a grade that does not exist", t -> t.submitVerification(Map.of(
            "hazardLevel", "APOCALYPTIC", "fixedOnSpot", false, "rectificationDeadline", "2026-03-20"))),
        attack("verification form: a deadline before today", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL", "fixedOnSpot", false, "rectificationDeadline", "2025-01-01"))),
        attack("verification form: an opinion longer than the engine stores", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL", "fixedOnSpot", false, "rectificationDeadline", "2026-03-20",
            "opinion", "核".repeat(5000)))),
        attack("verification over REST without 当场整改 and without a deadline", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL"))),
        attack("verification form: a NUL character in the opinion", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL", "fixedOnSpot", false, "rectificationDeadline", "2026-03-20",
            "opinion", "属实\u0000"))),
        attack("verification form: a text field sent as a number", t -> t.submitVerification(Map.of(
            "hazardLevel", "UNFOUNDED", "unfoundedReason", 42))),
        attack("verification form: a check box sent as a number", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL", "fixedOnSpot", 1, "rectificationDeadline", "2026-03-20"))),
        attack("verification form: a deadline beyond the calendar", t -> t.submitVerification(Map.of(
            "hazardLevel", "GENERAL", "fixedOnSpot", false, "rectificationDeadline", "2041-03-02"))),
        attack("deployment: external entity", t -> ModelerDeployment.deploy(t.rest.as("admin"), "xxe", "xxe.bpmn",
            EXTERNAL_ENTITY)),
        attack("deployment: billion laughs", t -> ModelerDeployment.deploy(t.rest.as("admin"), "laughs", "laughs.dmn",
            BILLION_LAUGHS)),
        attack("deployment: script task", t -> ModelerDeployment.deploy(t.rest.as("admin"), "script", "script.bpmn",
            SCRIPT_TASK)));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void isRefusedClearlyAndWritesNothing(Attack attack) {
    Map<String, Long> before = counts();
    ResponseEntity<String> answer = attack.apply(this);
    assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getStatusCode() + " " + answer.getBody()).isTrue();
    // Every caller here may make the request: the refusal must come from the input, not from who sent it.
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isNotIn(401, 403);
    System.out.printf("[hostile] %d %s%n", answer.getStatusCode().value(), answer.getBody());
    assertThat(answer.getBody()).isNotBlank()
        .doesNotContain("\tat ", "Exception:", "### ", "SQL", "select ", "insert ", "org.hibernate", "org.postgresql",
            "root:x:0:0");
    assertThat(counts()).as("rows after the attack").isEqualTo(before);
  }

  private static Named<Attack> attack(String name, Attack attack) {
    return Named.of(name, attack);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("case_ledger", "case_record", "case_evidence", "publication", "penalty_payment",
        "act_ru_execution", "act_ru_task", "act_re_deployment", "act_ru_variable")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private ResponseEntity<String> json(String user, String path, Object body) {
    return rest.post(user, path, body);
  }

  private ResponseEntity<String> typed(String user, String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return rest.as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> raw(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private Task openVerification() {
    return taskService.createTaskQuery().taskDefinitionKey(HazardProcess.USER_TASK_VERIFY_HAZARD)
        .tenantIdIn("jingan").taskUnassigned().listPage(0, 1).stream().findFirst().orElse(null);
  }

  /** Submits the attack's values to the verification form of an open case, as Tasklist does. */
  private ResponseEntity<String> submitVerification(Map<String, Object> variables) {
    Task task = openVerification();
    taskService.claim(task.getId(), "jingan-handler");
    try {
      return rest.post("jingan-handler", "/engine-rest/task/" + task.getId() + "/submit-form",
          Map.of("variables", EngineRest.typed(variables)));
    } finally {
      if (taskService.createTaskQuery().taskId(task.getId()).count() == 1) {
        taskService.setAssignee(task.getId(), null);
      }
    }
  }

}
