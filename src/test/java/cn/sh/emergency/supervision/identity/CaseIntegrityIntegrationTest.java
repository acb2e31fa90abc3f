package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationVar;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistApi;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The attacks a case handler's password allowed over the engine REST API (and Tasklist's copy of it), replayed: each
 * is refused before the engine runs anything, and nothing changes — engine state, ledger, record, job retries.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class CaseIntegrityIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IdentityService identityService;
  @Autowired
  HazardIntake hazardIntake;
  @Autowired
  CaseFile caseFile;
  @LocalServerPort
  int port;

  EngineRest rest;
  HazardSteps hazards;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(hazardIntake, taskService, identityService);
  }

  @Test
  void noCaseStartsAtAStepOfItsChoosingOrSkipsItsListeners() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).count();
    Map<String, Object> atTheDecision = new LinkedHashMap<>();
    atTheDecision.put("variables", EngineRest.typed(EngineRest.caseVariables("jingan")));
    atTheDecision.put("startInstructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", "ServiceTask_IssueDecision")));
    assertRefused(rest.post("jingan-handler", "/engine-rest/process-definition/key/" + DualPenaltyProcess.PROCESS_KEY
        + "/start", atTheDecision), HttpStatus.FORBIDDEN, "只有系统管理员");
    Map<String, Object> skipping = new LinkedHashMap<>();
    skipping.put("variables", EngineRest.typed(EngineRest.caseVariables("jingan")));
    skipping.put("skipCustomListeners", true);
    assertRefused(rest.post("jingan-handler", "/engine-rest/process-definition/key/" + HazardProcess.PROCESS_KEY
        + "/start", skipping), HttpStatus.FORBIDDEN, "只有系统管理员");
    HttpResponse<String> viaTasklist = tasklist("jingan-handler").send("POST", "process-definition/key/"
        + DualPenaltyProcess.PROCESS_KEY + "/start", json(atTheDecision));
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aStartCarriesOnlyItsStartFormsFields() {
    Map<String, Object> variables = EngineRest.caseVariables("jingan");
    variables.put(CommonVariables.CASE_NO, "HZ-CHANGNING-2026-000001");
    variables.put("handler", "jingan-reviewer");
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", PlatformSample.PROCESS_KEY, variables);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(started.getBody().get("message").toString()).contains("启动时不接受变量「caseNo」", "「handler」");
  }

  @Test
  void aCompletionCarriesOnlyItsStepsInputsAndReadOnlyFieldsStayAsTheyAre() {
    String target = hazards.report("changning-handler", "新华路街道", "HAZARDOUS_CHEMICALS");
    int targetRecords = caseFile.find(target).orElseThrow().recordCount();
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    Task verify = task(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD);
    claim("jingan-handler", verify);

    Map<String, Object> forged = new LinkedHashMap<>(Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
        Var.FIXED_ON_SPOT, true, CommonVariables.OPINION, "现场整改"));
    forged.put(CommonVariables.CASE_NO, target);
    forged.put(CommonVariables.DISTRICT, "changning");
    ResponseEntity<String> refused = submit("jingan-handler", verify, forged);
    assertRefused(refused, HttpStatus.BAD_REQUEST, "「案件编号」是只读内容，不能修改");
    assertThat(refused.getBody()).contains("本环节不接受变量「district」");
    HttpResponse<String> viaTasklist = tasklist("jingan-handler").send("POST", "task/" + verify.getId()
        + "/submit-form", json(Map.of("variables", EngineRest.typed(forged))));
    assertThat(viaTasklist.statusCode()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(task(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD).getId()).isEqualTo(verify.getId());
    assertThat(caseFile.find(target).orElseThrow().recordCount()).isEqualTo(targetRecords);
    assertThat(caseFile.find(target).orElseThrow().closedAt()).isNull();
    assertThat(runtimeService.getVariable(verify.getProcessInstanceId(), CommonVariables.CASE_NO)).isEqualTo(caseNo);

    // As Tasklist sends it: the read-only case number unchanged is accepted (and not written), the step goes on.
    Map<String, Object> asTasklist = new LinkedHashMap<>(Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
        Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-04-30", CommonVariables.OPINION, "限期整改"));
    asTasklist.put(CommonVariables.CASE_NO, caseNo);
    assertThat(submit("jingan-handler", verify, asTasklist).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // At 跟踪整改 the approved deadline is read-only: a year's extension without the leaders is refused.
    Task track = task(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    claim("jingan-handler", track);
    assertRefused(submit("jingan-handler", track, Map.of(Var.RECTIFICATION_DEADLINE, "2027-04-30",
        Var.RECTIFICATION_STATUS, Code.IN_PROGRESS, CommonVariables.OPINION, "整改中")), HttpStatus.BAD_REQUEST,
        "只读内容");
    assertThat(runtimeService.getVariable(track.getProcessInstanceId(), Var.RECTIFICATION_DEADLINE).toString())
        .contains("2026-04-30");
  }

  @Test
  void nobutAdministratorsExecuteJobsOrChangeVariablesAndARefusedCallCostsNoRetry() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", Map.of(Var.HAZARD_LEVEL,
        HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-04-30"));
    String instance = task(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION).getProcessInstanceId();
    Job timer = managementService.createJobQuery().processInstanceId(instance).timers().list().get(0);
    for (String user : List.of("changning-handler", "changning-handler", "changning-handler", "jingan-handler")) {
      assertRefused(rest.post(user, "/engine-rest/job/" + timer.getId() + "/execute", Map.of()),
          HttpStatus.FORBIDDEN, "只有系统管理员");
    }
    assertThat(put("jingan-handler", "/engine-rest/job/" + timer.getId() + "/retries", Map.of("retries", 0))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put("jingan-handler", "/engine-rest/job/" + timer.getId() + "/duedate",
        Map.of("duedate", "2026-03-03T00:00:00.000+0800")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).as("no retry consumed").isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(managementService.createJobQuery().processInstanceId(instance).withException().count()).isZero();

    for (var call : List.of(
        new Object[] {HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/"
            + Var.RECTIFICATION_DEADLINE, Map.of("value", "2027-12-31", "type", "String")},
        new Object[] {HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                "ServiceTask_CloseHazard")))},
        new Object[] {HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended",
            Map.of("suspended", true)},
        new Object[] {HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "any")},
        new Object[] {HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null})) {
      ResponseEntity<String> answer = rest.as("jingan-handler").exchange((String) call[1], (HttpMethod) call[0],
          new HttpEntity<>(call[2]), String.class);
      assertThat(answer.getStatusCode()).as(call[0] + " " + call[1] + ": " + answer.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    HttpResponse<String> viaTasklist = tasklist("jingan-handler").send("POST", "job/" + timer.getId() + "/execute",
        null);
    assertThat(viaTasklist.statusCode()).isEqualTo(403);
    assertThat(runtimeService.getVariable(instance, Var.RECTIFICATION_DEADLINE).toString()).contains("2026-04-30");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);
    assertThat(task(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION)).isNotNull();
  }

  @Test
  void noTaskUpdateMovesTheStatutoryDueDate() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    Task verify = task(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD);
    Map<String, Object> current = rest.getMap("jingan-handler", "/engine-rest/task/" + verify.getId()).getBody();
    Map<String, Object> task = new LinkedHashMap<>();
    for (String field : List.of("name", "assignee", "owner", "delegationState", "due", "followUp", "priority",
        "description", "parentTaskId", "caseInstanceId", "tenantId")) {
      task.put(field, current.get(field)); // what Tasklist sends when a date is set
    }
    claim("jingan-handler", verify);
    task.put("due", "2026-12-31T23:59:59.000+0800");
    assertRefused(put("jingan-handler", "/engine-rest/task/" + verify.getId(), task), HttpStatus.FORBIDDEN, "办理期限");
    assertThat(taskService.createTaskQuery().taskId(verify.getId()).singleResult().getDueDate())
        .isEqualTo(verify.getDueDate());
  }

  @Test
  void publishingADecisionDoesNotCloseTheCaseOfAnyLifecycle() {
    String hazard = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    String accident = caseNoOf(rest.post("jingan-handler", "/api/accidents", ApiBodies.accident()));
    Map<String, Object> penalty = ApiBodies.penalty();
    penalty.put("overdueUncorrected", true);  // art. 102 拒不执行: the principal is fined too
    penalty.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC),
        Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", "310106198001011231", "lastYearIncomeYuan", 300000)));
    String penaltyCase = caseNoOf(rest.post("jingan-handler", "/api/penalties", penalty));
    Map<String, Object> review = EngineRest.caseVariables("jingan");
    review.put(LegalReviewProcess.Var.DECISION_TYPE, DecisionType.FINE.code());
    review.put(LegalReviewProcess.Var.DRAFT_DECISION, "对该公司处以罚款人民币五万元");
    review.put(LegalReviewProcess.Var.PROPOSED_FINE_YUAN, 50000);
    review.put(LegalReviewProcess.Var.LEGAL_BASIS, "《安全生产法》第一百零二条");
    review.put(LegalReviewProcess.Var.INVESTIGATORS, "jingan-handler2");
    String legalReview = (String) rest.start("jingan-handler", LegalReviewProcess.PROCESS_KEY, review).getBody()
        .get("businessKey");

    int n = 0;
    for (String caseNo : List.of(hazard, accident, penaltyCase, legalReview)) {
      n++;
      Map<String, Object> decision = ApiBodies.decision("沪静应急罚〔2026〕9" + caseNo.substring(caseNo.length() - 3)
          + n + "号");
      assertThat(rest.post("jingan-handler", "/api/cases/" + caseNo + "/decisions", decision).getStatusCode())
          .as(caseNo).isEqualTo(HttpStatus.ACCEPTED);
      Task publish = taskService.createTaskQuery().processDefinitionKey(LegalReviewProcess.PUBLICATION_PROCESS_KEY)
          .processInstanceBusinessKey(caseNo).singleResult();
      if (n == 1) {
        // A forged decision in another district's name on the public site: refused, nothing published.
        Map<String, Object> forged = new LinkedHashMap<>(Map.of(PublicationVar.PUBLICATION_CONFIRMED, true,
            CommonVariables.DISTRICT, "changning"));
        forged.put(PublicationVar.DECISION_NO, "沪长应急罚〔2026〕1号");
        assertRefused(rest.complete("jingan-handler", publish.getId(), forged), HttpStatus.BAD_REQUEST, "只读内容");
        assertThat(restTemplate.getForObject("/api/public/decisions?size=100", String.class))
            .doesNotContain("沪长应急罚〔2026〕1号");
      }
      assertThat(rest.complete("jingan-handler", publish.getId(), Map.of(PublicationVar.PUBLICATION_CONFIRMED, true))
          .getStatusCode()).as(caseNo).isEqualTo(HttpStatus.NO_CONTENT);
      CaseSummary ledger = caseFile.find(caseNo).orElseThrow();
      assertThat(ledger.closedAt()).as(caseNo + " is still running").isNull();
      assertThat(rest.getList("jingan-leader", "/api/cases/" + caseNo + "/records").getBody())
          .as(caseNo).noneSatisfy(r -> assertThat(r).containsEntry("kind", "CASE_CLOSED"));
    }
  }

  private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(message).doesNotContain("Exception:", "at org.");
  }

  private ResponseEntity<String> submit(String user, Task task, Map<String, Object> variables) {
    return rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
  }

  private void claim(String user, Task task) {
    assertThat(rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> put(String user, String path, Object body) {
    return rest.as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
  }

  private Task task(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
  }

  private TasklistApi tasklist(String user) {
    return TasklistApi.logIn(port, user, PlatformSample.PASSWORD);
  }

  private static String caseNoOf(ResponseEntity<String> created) {
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String path = created.getHeaders().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String json(Object body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
