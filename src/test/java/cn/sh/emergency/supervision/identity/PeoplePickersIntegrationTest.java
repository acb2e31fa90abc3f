package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistForm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * People pickers instead of typed user ids: {@code GET /api/people} lists a role's people of a case's district and
 * the city (another district's case is a 404); a task's picker offers the same people, a start form those of the
 * district chosen on it; an officer without a certificate number is never offered; the engine API refuses anyone
 * not offered (400, nothing written) and keeps who was picked as comma-separated user ids.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class PeoplePickersIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A Jing'an case handler without an enforcement certificate number. */
  private static final String UNCERTIFIED = "jingan-handler3";
  /** A Jing'an legal reviewer who holds an enforcement certificate, so may investigate. */
  private static final String CERTIFIED_REVIEWER = "jingan-reviewer2";
  private static final List<String> JINGAN_OFFICERS = List.of("jingan-handler", "jingan-handler2", "city-handler",
      CERTIFIED_REVIEWER);

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  IdentityService identityService;
  @Autowired
  EnforcementCertificates certificates;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;

  private EngineRest rest;

  @BeforeEach
  void users() {
    rest = new EngineRest(restTemplate);
    user(UNCERTIFIED, "静安区", "承办人三", Roles.CASE_HANDLERS);
    user(CERTIFIED_REVIEWER, "静安区", "法制审核员二", Roles.LEGAL_REVIEWERS);
    certificates.register(CERTIFIED_REVIEWER, "310106-0099");
  }

  @AfterEach
  void removeUsers() {
    identityService.deleteUser(UNCERTIFIED);
    identityService.deleteUser(CERTIFIED_REVIEWER);
  }

  @Test
  void theEndpointListsTheRolesPeopleOfTheCasesDistrictAndTheCity() {
    String caseNo = created(rest.post("jingan-handler", "/api/hazards", ApiBodies.hazard()));

    List<Map<String, Object>> officers = people("jingan-handler", "officer", caseNo);
    assertThat(officers).extracting(p -> p.get("id")).containsAll(JINGAN_OFFICERS)
        .doesNotContain(UNCERTIFIED, "jingan-chief", "changning-handler");
    assertThat(officers).contains(Map.of("id", "jingan-handler", "name", "静安区承办人", "certificateNo", "310106-0001"),
        Map.of("id", "city-handler", "name", "上海市承办人", "certificateNo", "310000-0001"));
    List<Map<String, Object>> leaders = people("jingan-leader", "leader", caseNo);
    assertThat(leaders).contains(Map.of("id", "jingan-leader", "name", "静安区分管领导"),
        Map.of("id", "jingan-leader2", "name", "静安区主要负责人"), Map.of("id", "city-leader", "name", "上海市分管领导"));
    assertThat(leaders).extracting(p -> p.get("id")).doesNotContain("changning-leader", "jingan-handler");
    assertThat(people("jingan-chief", "legal", caseNo)).extracting(p -> p.get("id"))
        .contains("jingan-reviewer", CERTIFIED_REVIEWER).doesNotContain("changning-reviewer", "jingan-handler");
    assertThat(people("city-leader", "handler", caseNo)).extracting(p -> p.get("id"))
        .contains("jingan-handler", "jingan-handler2", "city-handler", UNCERTIFIED).doesNotContain("changning-handler");
    assertThat(people("jingan-handler", "chief", caseNo)).extracting(p -> p.get("id")).contains("jingan-chief")
        .doesNotContain("jingan-leader");

    // Another district's case is unknown; a role or a case number missing or malformed is a Chinese 400.
    assertThat(rest.getMap("changning-handler", "/api/people?role=officer&caseNo=" + caseNo).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(restTemplate.getForEntity("/api/people?role=officer&caseNo=" + caseNo, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertRefused(rest.as("jingan-handler").getForEntity("/api/people?role=boss&caseNo=" + caseNo, String.class),
        HttpStatus.BAD_REQUEST, "未知的人员类别：boss");
    assertRefused(rest.as("jingan-handler").getForEntity("/api/people?caseNo=" + caseNo, String.class),
        HttpStatus.BAD_REQUEST, "请指定人员类别 role");
    assertRefused(rest.as("jingan-handler").getForEntity("/api/people?role=officer", String.class),
        HttpStatus.BAD_REQUEST, "请指定案件编号 caseNo");
    assertThat(rest.as("jingan-handler").getForEntity("/api/people?role=officer&caseNo=../x", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aTaskOffersThePeopleOfItsRoleAndTheEngineApiRefusesAnyoneElse() throws IOException {
    String caseNo = created(rest.post("jingan-handler", "/api/accidents", ApiBodies.accident()));
    assertThat(rest.complete("jingan-leader", task(caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION).getId(),
        Map.of("escalationDecision", "KEEP", "escalationReason", "一般事故，区级调查")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task team = task(caseNo, AccidentProcess.USER_TASK_FORM_TEAM);
    // The options, task-local: the leaders of Jing'an and the city by name, as Tasklist reads them.
    JsonNode options = JSON.readTree(String.valueOf(taskService.getVariableLocal(team.getId(), "teamLeaderOptions")));
    assertThat(values(options)).contains("jingan-leader", "jingan-leader2", "city-leader")
        .doesNotContain("changning-leader", "jingan-handler");
    assertThat(options.findValuesAsText("label")).contains("静安区分管领导", "静安区主要负责人", "上海市分管领导");
    ResponseEntity<String> formVariables = rest.as("jingan-handler").getForEntity("/engine-rest/task/" + team.getId()
        + "/form-variables?deserializeValues=false", String.class);
    assertThat(JSON.readTree(formVariables.getBody()).path("teamLeaderOptions").path("type").asText()).isEqualTo("Json");

    String submit = "/engine-rest/task/" + team.getId() + "/submit-form";
    rest.post("jingan-handler", "/engine-rest/task/" + team.getId() + "/claim", Map.of("userId", "jingan-handler"));
    ResponseEntity<String> otherDistrict = rest.post("jingan-handler", submit, Map.of("variables", Map.of(
        "teamLeader", Map.of("value", "changning-leader"), "teamMembers", Map.of("value", "应急局、公安分局"))));
    assertRefused(otherDistrict, HttpStatus.BAD_REQUEST, "「调查组组长」只能从列出的人员中选择，changning-leader 不在其中");
    ResponseEntity<String> two = rest.post("jingan-handler", submit, Map.of("variables", Map.of(
        "teamLeader", Map.of("type", "Json", "value", "[\"jingan-leader\",\"city-leader\"]"),
        "teamMembers", Map.of("value", "应急局、公安分局"))));
    assertRefused(two, HttpStatus.BAD_REQUEST, "「调查组组长」只能选择一人");
    assertThat(taskService.createTaskQuery().taskId(team.getId()).count()).as("still open").isOne();
    assertThat(runtimeService.getVariables(team.getExecutionId())).doesNotContainKeys("teamLeader", "teamMembers");

    assertThat(rest.post("jingan-handler", submit, Map.of("variables", Map.of(
        "teamLeader", Map.of("value", "jingan-leader2"), "teamMembers", Map.of("value", "应急局、公安分局"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(team.getProcessInstanceId())
        .variableName("teamLeader").singleResult().getValue()).isEqualTo("jingan-leader2");
  }

  @Test
  void theStartFormOffersTheOfficersOfTheDistrictChosenOnIt() {
    TasklistForm jingan = startForm("jingan-handler");
    assertThat(values(jingan.options("investigators", Map.of("district", "jingan")))).containsAll(JINGAN_OFFICERS)
        .doesNotContain(UNCERTIFIED, "changning-handler");
    assertThat(jingan.options("investigators", Map.of("district", "jingan"))).extracting(o -> o.path("label").asText())
        .contains("静安区承办人（执法证 310106-0001）", "上海市承办人（执法证 310000-0001）", "静安区法制审核员二（执法证 310106-0099）");
    assertThat(jingan.options("investigators", Map.of("district", "changning"))).as("not a district of the user")
        .isEmpty();
    assertThat(jingan.options("investigators", Map.of())).as("no district chosen yet").isEmpty();

    TasklistForm city = startForm("city-handler");
    assertThat(values(city.options("investigators", Map.of("district", "changning"))))
        .contains("changning-handler", "city-handler").doesNotContain("jingan-handler", CERTIFIED_REVIEWER);
    assertThat(values(city.options("investigators", Map.of("district", "city")))).contains("city-handler")
        .doesNotContain("jingan-handler", "changning-handler");
  }

  @Test
  void aStartNamingAnOfficerTheFormDidNotOfferIsRefused() {
    long cases = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).count();
    for (String outsider : List.of("changning-handler", UNCERTIFIED)) {
      ResponseEntity<String> refused = startPenalty("[\"jingan-handler\",\"" + outsider + "\"]");
      assertRefused(refused, HttpStatus.BAD_REQUEST, "「调查人员（至少两名持执法证人员）」只能从列出的人员中选择，"
          + outsider + " 不在其中");
    }
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).count()).as("no case opened").isEqualTo(cases);

    // As Tasklist sends two officers picked: a JSON list, kept as comma-separated ids.
    ResponseEntity<String> started = startPenalty("[\"jingan-handler2\",\"city-handler\"]");
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(runtimeService.getVariable(instance, "investigators")).isEqualTo("jingan-handler2,city-handler");
  }

  @Test
  void theHearingHostIsChosenAmongReviewersWhoDidNotInvestigate() throws IOException {
    Map<String, Object> proposal = ApiBodies.penalty();
    proposal.put("investigators", "jingan-handler," + CERTIFIED_REVIEWER);
    String caseNo = created(rest.post("jingan-handler", "/api/penalties", proposal));
    complete("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION,
        Map.of("registrationApproval", "APPROVED"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, Map.of("investigationReport", "属实"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE,
        Map.of("proposedFineYuan", 40000, "draftDecision", "拟罚款四万元"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE,
        Map.of("noticeServedOn", "2026-03-02"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE,
        Map.of("partyResponse", "HEARING_REQUESTED"));

    Task schedule = task(caseNo, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING);
    JsonNode hosts = JSON.readTree(String.valueOf(taskService.getVariableLocal(schedule.getId(),
        "hearingHostOptions")));
    assertThat(values(hosts)).as("the reviewer who investigated is not offered").contains("jingan-reviewer")
        .doesNotContain(CERTIFIED_REVIEWER, "changning-reviewer", "jingan-handler");
    ResponseEntity<String> byInvestigator = rest.post("jingan-handler", "/engine-rest/task/" + schedule.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of("hearingHost", CERTIFIED_REVIEWER,
        "hearingDate", "2026-03-16", "hearingLocation", "听证室"))));
    assertRefused(byInvestigator, HttpStatus.BAD_REQUEST, CERTIFIED_REVIEWER + " 不在其中");
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private void user(String id, String firstName, String lastName, String group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      identityService.deleteUser(id);
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(id, group);
    identityService.createTenantUserMembership("jingan", id);
  }

  private List<Map<String, Object>> people(String user, String role, String caseNo) {
    ResponseEntity<List<Map<String, Object>>> answer = rest.getList(user, "/api/people?role=" + role
        + "&caseNo=" + caseNo);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private TasklistForm startForm(String user) {
    ResponseEntity<String> form = rest.as(user).getForEntity("/engine-rest/process-definition/key/"
        + DualPenaltyProcess.PROCESS_KEY + "/deployed-start-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).doesNotContain("investigatorOptions");
    return TasklistForm.start(form.getBody());
  }

  private ResponseEntity<String> startPenalty(String investigators) {
    Map<String, Object> variables = new LinkedHashMap<>();
    ApiBodies.penalty().forEach((name, value) -> {
      if (!name.equals("parties") && !name.equals("investigators")) {
        variables.put(name, Map.of("value", value));
      }
    });
    variables.put("investigators", Map.of("type", "Json", "value", investigators));
    return rest.post("jingan-handler", "/engine-rest/process-definition/key/" + DualPenaltyProcess.PROCESS_KEY
        + "/submit-form", Map.of("variables", variables));
  }

  private void complete(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    Task task = task(caseNo, taskKey);
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> done = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Task task(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
  }

  private static List<String> values(Iterable<JsonNode> options) {
    List<String> values = new ArrayList<>();
    options.forEach(option -> values.add(option.path("value").asText()));
    return values;
  }

  private static String created(ResponseEntity<String> created) {
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().replaceAll(".*\"caseNo\":\"([^\"]+)\".*", "$1");
  }

  private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(message);
  }
}
