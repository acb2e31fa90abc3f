package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of {@code /api} and the sensitive ones of {@code /engine-rest} (among them a task's comments and
 * attachments, the engine's metrics, identity verification and a user's profile), called by every role of the
 * case's district, by the same roles of another district, by city-level users, the administrator and anonymously.
 * The statuses are compared with {@code security/authorization-matrix.tsv}, which lists each call and who gets what:
 * a change of who may do what shows up as a change of that file. Every {@code /api} endpoint must be in it, and no
 * error body shows a stack trace or SQL. {@code -Dauthorization.matrix.write=true} writes the observed matrix to
 * {@code target/authorization-matrix.tsv} for review.
 */
@PostgresIntegrationTest
class AuthorizationMatrixIntegrationTest {

  static final String EXPECTED = "/security/authorization-matrix.tsv";
  static final List<String> CALLERS = List.of("anonymous", "jingan-handler", "jingan-chief", "jingan-reviewer",
      "jingan-leader", "changning-handler", "changning-leader", "city-handler", "city-leader", "admin");

  @Autowired
  TestRestTemplate anonymous;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  private static final String OTHER_DISTRICT = "changning-";
  private static final String INTRUDER = "intruder";
  private static final String INTRUDER_TARGET = "changning-handler";

  private record Call(String endpoint, HttpMethod method, String path, Object body) {
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws IOException {
    TestClock.set("2026-03-02T09:00:00");
    EngineRest rest = new EngineRest(anonymous);
    String hazardNo = reportHazard(rest);
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(hazardNo)
        .singleResult().getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    // 转办 alternates between two handlers, so that every caller who may transfer gets past the checks.
    Supplier<Object> transfer = () -> Map.of("assignee", "jingan-handler".equals(taskService.createTaskQuery()
        .taskId(taskId).singleResult().getAssignee()) ? "jingan-handler2" : "jingan-handler", "reason", "调整分工");
    List<Call> calls = calls(hazardNo, instanceId, taskId, transfer);

    List<String> observed = new ArrayList<>();
    try {
      observe(rest, calls, observed, List.of(hazardNo, instanceId));
    } finally {
      // What the administrator was allowed to do is undone, for the tests that share this database.
      identityService.deleteMembership(INTRUDER_TARGET, "camunda-admin");
      identityService.deleteUser(INTRUDER);
      authorizationService.createAuthorizationQuery().userIdIn(INTRUDER_TARGET).resourceId(instanceId).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
    String header = "endpoint\t" + String.join("\t", CALLERS);
    String matrix = header + "\n" + String.join("\n", observed) + "\n";
    if (Boolean.getBoolean("authorization.matrix.write")) {
      Files.writeString(Path.of("target/authorization-matrix.tsv"), matrix);
    }
    assertThat(matrix).as("observed matrix (expected in src/test/resources" + EXPECTED + ")").isEqualTo(expected());
  }

  /** Fills the matrix; another district's callers must not find the case's number or instance in any answer. */
  private void observe(EngineRest rest, List<Call> calls, List<String> observed, List<String> jinganCase) {
    for (Call call : calls) {
      String statuses = CALLERS.stream().map(caller -> {
        ResponseEntity<String> answer = send(rest, caller, call);
        assertNoInternals(call, caller, answer);
        if (caller.startsWith(OTHER_DISTRICT) && answer.getStatusCode().is2xxSuccessful() && answer.hasBody()
            && !call.method().equals(HttpMethod.POST)) {
          assertThat(answer.getBody()).as(call.endpoint() + " as " + caller)
              .doesNotContain(jinganCase.toArray(String[]::new));
        }
        return String.valueOf(answer.getStatusCode().value());
      }).collect(Collectors.joining("\t"));
      observed.add(call.endpoint() + "\t" + statuses);
    }
  }

  @Test
  void theMatrixCoversEveryApiEndpoint() throws IOException {
    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> info.getPathPatternsCondition().getPatternValues()
        .stream().filter(p -> p.startsWith("/api/"))
        .forEach(p -> info.getMethodsCondition().getMethods()
            .forEach(m -> mapped.add(m.name() + " " + p))));
    Set<String> inMatrix = expected().lines().skip(1).map(line -> line.split("\t")[0])
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inMatrix).containsAll(mapped);
  }

  private static String expected() throws IOException {
    try (InputStream in = AuthorizationMatrixIntegrationTest.class.getResourceAsStream(EXPECTED)) {
      assertThat(in).as(EXPECTED).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertNoInternals(Call call, String caller, ResponseEntity<String> answer) {
    if (answer.getStatusCode().value() >= 400 && answer.getBody() != null) {
      assertThat(answer.getBody()).as(call.endpoint() + " as " + caller)
          .doesNotContain("\tat ", "Exception:", "SQL", "### ", "select ", "insert ", "org.hibernate",
              "org.postgresql");
    }
  }

  private static String reportHazard(EngineRest rest) {
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/hazards", ApiBodies.hazard());
    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(201);
    return reported.getBody().replaceAll(".*\"caseNo\":\"([^\"]+)\".*", "$1");
  }

  private ResponseEntity<String> send(EngineRest rest, String caller, Call call) {
    TestRestTemplate client = caller.equals("anonymous") ? anonymous : rest.as(caller);
    HttpHeaders headers = new HttpHeaders();
    Object body = call.body() instanceof Supplier<?> supplier ? supplier.get() : call.body();
    if (body instanceof LinkedMultiValueMap) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    } else if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return client.exchange(call.path(), call.method(), new HttpEntity<>(body, headers), String.class);
  }

  /** A multipart form with the content as its {@code file} part, under the file name. */
  private static LinkedMultiValueMap<String, Object> file(String fileName, byte[] content) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return form;
  }

  /** One call per endpoint; bodies are valid, so that what decides the answer is who calls. */
  private static List<Call> calls(String caseNo, String instanceId, String taskId, Supplier<Object> transfer) {
    LinkedMultiValueMap<String, Object> upload = file("record.txt", "现场检查记录".getBytes(StandardCharsets.UTF_8));
    String decisionNo = "沪静应急罚〔2026〕901号";
    String enterprise = UniqueReports.uscc();
    return List.of(
        new Call("GET /api/calendar/deadline", HttpMethod.GET, "/api/calendar/deadline?from=2026-03-02&workingDays=5",
            null),
        // Each caller reports a hazard and an accident of its own: a second report of the same one is a duplicate.
        new Call("POST /api/hazards", HttpMethod.POST, "/api/hazards", (Supplier<Object>) ApiBodies::hazard),
        new Call("GET /api/cases", HttpMethod.GET, "/api/cases?district=jingan", null),
        new Call("GET /api/cases/{caseNo}", HttpMethod.GET, "/api/cases/" + caseNo, null),
        new Call("GET /api/cases/mine", HttpMethod.GET, "/api/cases/mine?list=done", null),
        new Call("GET /api/cases/{caseNo}/history", HttpMethod.GET, "/api/cases/" + caseNo + "/history", null),
        new Call("GET /api/cases/{caseNo}/records", HttpMethod.GET, "/api/cases/" + caseNo + "/records", null),
        new Call("GET /api/cases/{caseNo}/records/verify", HttpMethod.GET,
            "/api/cases/" + caseNo + "/records/verify", null),
        new Call("POST /api/cases/{caseNo}/urge", HttpMethod.POST, "/api/cases/" + caseNo + "/urge",
            Map.of("message", "请尽快核查")),
        new Call("GET /api/cases/{caseNo}/tasks", HttpMethod.GET, "/api/cases/" + caseNo + "/tasks", null),
        new Call("GET /api/people", HttpMethod.GET, "/api/people?role=officer&caseNo=" + caseNo, null),
        // The hazard's verification: transferred by each chief and leader of the district, then delegated by the
        // handler who has it to the city-level handler, who gives it back.
        new Call("POST /api/tasks/{taskId}/transfer", HttpMethod.POST, "/api/tasks/" + taskId + "/transfer", transfer),
        new Call("POST /api/tasks/{taskId}/delegation", HttpMethod.POST, "/api/tasks/" + taskId + "/delegation",
            Map.of("delegate", "city-handler", "reason", "请协助核查")),
        new Call("POST /api/tasks/{taskId}/resolution", HttpMethod.POST, "/api/tasks/" + taskId + "/resolution",
            Map.of("note", "已核查")),
        // A file of a type the store does not take: whoever may add evidence gets past the checks to the type (415).
        new Call("POST /api/cases/{caseNo}/evidence", HttpMethod.POST, "/api/cases/" + caseNo + "/evidence", upload),
        new Call("GET /api/cases/{caseNo}/evidence", HttpMethod.GET, "/api/cases/" + caseNo + "/evidence", null),
        new Call("GET /api/cases/{caseNo}/evidence/steps", HttpMethod.GET,
            "/api/cases/" + caseNo + "/evidence/steps", null),
        new Call("GET /api/cases/{caseNo}/evidence/{id}", HttpMethod.GET,
            "/api/cases/" + caseNo + "/evidence/999999", null),
        new Call("GET /api/cases/{caseNo}/documents", HttpMethod.GET, "/api/cases/" + caseNo + "/documents", null),
        new Call("GET /api/cases/{caseNo}/documents/available", HttpMethod.GET,
            "/api/cases/" + caseNo + "/documents/available", null),
        // The hazard is not verified yet: whoever may issue gets past the checks to the case's readiness (409).
        new Call("POST /api/cases/{caseNo}/documents/{type}", HttpMethod.POST,
            "/api/cases/" + caseNo + "/documents/rectification-order", null),
        // Reading never issues: nothing was issued, so whoever may see the case gets 404.
        new Call("GET /api/cases/{caseNo}/documents/{type}.pdf", HttpMethod.GET,
            "/api/cases/" + caseNo + "/documents/rectification-order.pdf", null),
        new Call("GET /api/cases/export.xlsx", HttpMethod.GET, "/api/cases/export.xlsx?district=jingan", null),
        new Call("POST /api/cases/{caseNo}/decisions", HttpMethod.POST, "/api/cases/" + caseNo + "/decisions",
            ApiBodies.decision(decisionNo)),
        new Call("GET /api/publications/{decisionNo}", HttpMethod.GET, "/api/publications/" + decisionNo, null),
        new Call("POST /api/publications/{decisionNo}/withdrawal", HttpMethod.POST,
            "/api/publications/" + decisionNo + "/withdrawal", Map.of("reason", "决定已被撤销")),
        new Call("GET /api/public/decisions", HttpMethod.GET, "/api/public/decisions", null),
        new Call("GET /api/kpis", HttpMethod.GET, "/api/kpis?district=jingan&year=2026", null),
        new Call("GET /api/kpis/trend", HttpMethod.GET, "/api/kpis/trend?district=jingan&year=2026", null),
        new Call("GET /api/kpis/breakdown", HttpMethod.GET, "/api/kpis/breakdown?district=jingan&year=2026&by=sector",
            null),
        new Call("POST /api/penalties", HttpMethod.POST, "/api/penalties", ApiBodies.penalty()),
        new Call("GET /api/penalties/referrals", HttpMethod.GET, "/api/penalties/referrals", null),
        new Call("GET /api/penalties/cases/{caseNo}", HttpMethod.GET, "/api/penalties/cases/" + caseNo, null),
        // A hazard case: who may ask is decided before the case is found not to be a penalty case (409).
        new Call("POST /api/penalties/cases/{caseNo}/preservations", HttpMethod.POST,
            "/api/penalties/cases/" + caseNo + "/preservations", Map.of("items", "报警控制器1台", "reason", "证据可能灭失")),
        new Call("POST /api/penalties/cases/{caseNo}/transfers", HttpMethod.POST,
            "/api/penalties/cases/" + caseNo + "/transfers", Map.of("offence", "危险作业罪", "reason", "拒不执行")),
        new Call("GET /api/penalties/cases/{caseNo}/principal-bans", HttpMethod.GET,
            "/api/penalties/cases/" + caseNo + "/principal-bans", null),
        new Call("POST /api/penalties/cases/{caseNo}/principal-bans", HttpMethod.POST,
            "/api/penalties/cases/" + caseNo + "/principal-bans",
            Map.of("basis", "DISMISSAL", "basisDocument", "撤职处分决定", "startsOn", "2026-02-27")),
        new Call("GET /api/penalties/cases/{caseNo}/interviews", HttpMethod.GET,
            "/api/penalties/cases/" + caseNo + "/interviews", null),
        new Call("POST /api/penalties/cases/{caseNo}/interviews", HttpMethod.POST,
            "/api/penalties/cases/" + caseNo + "/interviews", ApiBodies.interview()),
        new Call("GET /api/penalties/principal-bans", HttpMethod.GET,
            "/api/penalties/principal-bans?idNumber=310106198001011231", null),
        new Call("GET /api/penalties/{decisionNo}", HttpMethod.GET, "/api/penalties/" + decisionNo, null),
        new Call("POST /api/penalties/{decisionNo}/payments", HttpMethod.POST,
            "/api/penalties/" + decisionNo + "/payments", Map.of("amountYuan", 1000, "paidOn", "2026-03-02")),
        new Call("POST /api/penalties/{decisionNo}/payment-plans", HttpMethod.POST,
            "/api/penalties/" + decisionNo + "/payment-plans", Map.of("kind", "DEFERRAL", "reason", "经营困难",
                "instalments", List.of(Map.of("dueOn", "2026-04-30", "amountYuan", 1000)))),
        new Call("POST /api/penalties/{decisionNo}/remedies", HttpMethod.POST,
            "/api/penalties/" + decisionNo + "/remedies", Map.of("kind", "RECONSIDERATION", "filedOn", "2026-03-02",
                "authority", "上海市静安区人民政府")),
        new Call("POST /api/accidents", HttpMethod.POST, "/api/accidents", (Supplier<Object>) ApiBodies::accident),
        new Call("POST /api/accidents/{caseNo}/casualties", HttpMethod.POST,
            "/api/accidents/" + caseNo + "/casualties",
            Map.of("deaths", 0, "seriousInjuries", 1, "missing", 0, "directLossYuan", 10000)),
        new Call("POST /api/admin/migrations", HttpMethod.POST, "/api/admin/migrations",
            Map.of("processDefinitionKey", "hazard-closed-loop", "sourceVersion", 1, "targetVersion", 1)),
        new Call("GET /api/admin/migrations/{batchId}", HttpMethod.GET, "/api/admin/migrations/no-such-batch", null),
        // An incomplete notice: administrators get past the role check to the notice's check (400), nothing is stored.
        new Call("PUT /api/admin/calendar/{year}", HttpMethod.PUT, "/api/admin/calendar/2027",
            Map.of("title", "权限测试", "holidays", List.of())),
        new Call("GET /api/admin/calendar", HttpMethod.GET, "/api/admin/calendar", null),
        new Call("GET /api/admin/calendar/{year}/versions", HttpMethod.GET, "/api/admin/calendar/2026/versions", null),
        new Call("GET /api/admin/record-anchors", HttpMethod.GET, "/api/admin/record-anchors", null),
        new Call("POST /api/admin/record-anchors", HttpMethod.POST, "/api/admin/record-anchors", null),
        // A malformed number: administrators get past the role check to the form's check (400), nothing is stored.
        new Call("PUT /api/admin/users/{userId}/enforcement-certificate", HttpMethod.PUT,
            "/api/admin/users/jingan-handler/enforcement-certificate", Map.of("certificateNo", "权限测试")),
        new Call("GET /api/admin/users/{userId}/enforcement-certificate", HttpMethod.GET,
            "/api/admin/users/jingan-handler/enforcement-certificate", null),
        new Call("DELETE /api/admin/users/{userId}/enforcement-certificate", HttpMethod.DELETE,
            "/api/admin/users/no-such-user/enforcement-certificate", null),
        new Call("GET /api/calendar/years", HttpMethod.GET, "/api/calendar/years", null),
        new Call("GET /api/code-sets", HttpMethod.GET, "/api/code-sets", null),
        new Call("GET /api/calendar/years/{year}", HttpMethod.GET, "/api/calendar/years/2027", null),
        // A sheet of one unit of 静安: section chiefs and administrators import it (and may import it again).
        new Call("POST /api/enterprises/import", HttpMethod.POST, "/api/enterprises/import",
            file("被检查单位.csv", ("统一社会信用代码,单位名称,所属区,街镇,行业领域,风险等级,信用等级,重点监管,联合惩戒\n"
                + enterprise + ",上海某化工有限公司,静安区,,危险化学品,高风险,诚信,否,否\n")
                .getBytes(StandardCharsets.UTF_8))),
        new Call("GET /api/enterprises", HttpMethod.GET, "/api/enterprises?district=jingan", null),
        // The unit imported above: another district's callers find no such unit.
        new Call("GET /api/enterprises/{uscc}", HttpMethod.GET, "/api/enterprises/" + enterprise, null),
        new Call("PUT /api/enterprises/{uscc}", HttpMethod.PUT, "/api/enterprises/" + enterprise, Map.of(
            "uscc", enterprise, "name", "上海某化工有限公司", "district", "jingan", "sector", "HAZARDOUS_CHEMICALS",
            "riskGrade", "ELEVATED", "creditGrade", "A")),
        // An inspection of that unit: handlers of its district (and the city) apply for the code.
        new Call("POST /api/inspections", HttpMethod.POST, "/api/inspections", Map.of("district", "jingan",
            "enterpriseUscc", enterprise, "inspectionBasis", "COMPLAINT", "basisReason", "12345热线投诉",
            "plannedOn", "2026-03-03", "inspectors", List.of("jingan-handler", "jingan-handler2"))),
        // Section chiefs draft the plans of their district (the city's for all).
        new Call("POST /api/inspection-plans", HttpMethod.POST, "/api/inspection-plans", Map.of("district", "jingan",
            "planKind", "SPECIAL", "title", "燃气专项执法检查计划", "periodFrom", "2026-03-02", "periodTo", "2026-06-30",
            "sectors", List.of("GAS"))),
        new Call("GET /api/inspection-plans", HttpMethod.GET, "/api/inspection-plans", null),
        // The case of the calls is no plan (and no inspection): every caller who may see it learns just that.
        new Call("GET /api/inspection-plans/{caseNo}", HttpMethod.GET, "/api/inspection-plans/" + caseNo, null),
        // 双随机 of the case of the calls, which is no plan: section chiefs learn it cannot be drawn from.
        new Call("POST /api/inspection-plans/{planNo}/draws", HttpMethod.POST,
            "/api/inspection-plans/" + caseNo + "/draws", Map.of("units", 1, "plannedOn", "2026-03-03")),
        new Call("POST /api/inspection-plans/{planNo}/draws/{drawNo}/result", HttpMethod.POST,
            "/api/inspection-plans/" + caseNo + "/draws/" + caseNo + "-SJ1/result", Map.of()),
        new Call("GET /api/inspection-plans/{planNo}/draws", HttpMethod.GET,
            "/api/inspection-plans/" + caseNo + "/draws", null),
        new Call("GET /api/public/draws/{drawNo}", HttpMethod.GET, "/api/public/draws/" + caseNo + "-SJ1", null),
        // jingan-handler withdraws from the unit imported above: himself, or a section chief for him.
        new Call("POST /api/officer-conflicts", HttpMethod.POST, "/api/officer-conflicts",
            Map.of("userId", "jingan-handler", "uscc", enterprise, "reason", "近亲属在该单位任职")),
        new Call("GET /api/officer-conflicts", HttpMethod.GET, "/api/officer-conflicts?uscc=" + enterprise, null),
        // The case of the calls is no inspection: every caller who may see it learns just that.
        new Call("GET /api/inspections/{caseNo}", HttpMethod.GET, "/api/inspections/" + caseNo, null),
        // The code's public side answers anyone, an unknown code with 404.
        new Call("GET /api/public/inspections/{code}", HttpMethod.GET, "/api/public/inspections/JC0000000000AA",
            null),
        new Call("POST /api/public/inspections/{code}/evaluation", HttpMethod.POST,
            "/api/public/inspections/JC0000000000AA/evaluation", Map.of("rating", "SATISFIED")),
        new Call("engine: GET /engine-rest/process-instance/{id}", HttpMethod.GET,
            "/engine-rest/process-instance/" + instanceId, null),
        new Call("engine: GET /engine-rest/process-instance/{id}/variables", HttpMethod.GET,
            "/engine-rest/process-instance/" + instanceId + "/variables", null),
        new Call("engine: GET /engine-rest/task/{id}", HttpMethod.GET, "/engine-rest/task/" + taskId, null),
        new Call("engine: GET /engine-rest/task/{id}/form-variables", HttpMethod.GET,
            "/engine-rest/task/" + taskId + "/form-variables", null),
        new Call("engine: PUT /engine-rest/process-instance/{id}/variables/{name}", HttpMethod.PUT,
            "/engine-rest/process-instance/" + instanceId + "/variables/probe",
            Map.of("value", "x", "type", "String")),
        // What a step does not take, start instructions, modification and job execution: refused before the engine.
        new Call("engine: POST /engine-rest/task/{id}/submit-form (a variable the step does not take)",
            HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", Map.of("district", Map.of("value", "changning")))),
        new Call("engine: POST /engine-rest/process-definition/key/{key}/start (start instructions)", HttpMethod.POST,
            "/engine-rest/process-definition/key/" + PlatformSample.PROCESS_KEY + "/start",
            Map.of("variables", EngineRest.typed(EngineRest.caseVariables("jingan")), "startInstructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_Handle")))),
        new Call("engine: POST /engine-rest/process-instance/{id}/modification", HttpMethod.POST,
            "/engine-rest/process-instance/" + instanceId + "/modification", Map.of("instructions", List.of())),
        new Call("engine: POST /engine-rest/job/{id}/execute", HttpMethod.POST, "/engine-rest/job/no-such-job/execute",
            Map.of()),
        // Giving a task to someone else goes through /api/tasks with its reason; administrators keep the engine's call.
        new Call("engine: POST /engine-rest/task/{id}/assignee", HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "jingan-handler")),
        new Call("engine: GET /engine-rest/history/variable-instance", HttpMethod.GET,
            "/engine-rest/history/variable-instance?processInstanceId=" + instanceId, null),
        new Call("engine: GET /engine-rest/task/{id}/comment", HttpMethod.GET,
            "/engine-rest/task/" + taskId + "/comment", null),
        new Call("engine: GET /engine-rest/task/{id}/attachment", HttpMethod.GET,
            "/engine-rest/task/" + taskId + "/attachment", null),
        new Call("engine: GET /engine-rest/metrics/{name}/sum", HttpMethod.GET,
            "/engine-rest/metrics/activity-instance-start/sum", null),
        new Call("engine: POST /engine-rest/identity/verify", HttpMethod.POST, "/engine-rest/identity/verify",
            Map.of("username", "jingan-leader", "password", PlatformSample.PASSWORD)),
        // The profile as it is: an administrator's change leaves it unchanged.
        new Call("engine: PUT /engine-rest/user/{id}/profile", HttpMethod.PUT,
            "/engine-rest/user/jingan-handler/profile", Map.of("id", "jingan-handler", "firstName", "静安区",
                "lastName", "承办人", "email", "jingan-handler@example.invalid")),
        new Call("engine: PUT /engine-rest/job-definition/suspended", HttpMethod.PUT,
            "/engine-rest/job-definition/suspended", Map.of("processDefinitionKey", "hazard-closed-loop",
                "suspended", false)),
        new Call("engine: POST /engine-rest/user/create", HttpMethod.POST, "/engine-rest/user/create", Map.of(
            "profile", Map.of("id", INTRUDER, "firstName", "闯入", "lastName", "者"),
            "credentials", Map.of("password", "Intruder-123456!"))),
        new Call("engine: POST /engine-rest/authorization/create", HttpMethod.POST,
            "/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
                "userId", INTRUDER_TARGET, "resourceType", 8, "resourceId", instanceId)),
        new Call("engine: PUT /engine-rest/group/{id}/members/{userId}", HttpMethod.PUT,
            "/engine-rest/group/camunda-admin/members/" + INTRUDER_TARGET, null));
  }
}
