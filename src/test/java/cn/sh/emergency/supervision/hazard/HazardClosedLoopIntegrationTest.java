package cn.sh.emergency.supervision.hazard;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A major hazard from report to closure through {@code /engine-rest}, exactly as Tasklist drives it: the task
 * query of the user's candidate group, claim, submit-form; each step as the user whose role it is.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class HazardClosedLoopIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void aMajorHazardWalksFromReportToClosure() {
    String caseNo = report("jingan-handler", "jingan");
    assertThat(caseNo).startsWith("HZ-JINGAN-2026-");

    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患"));
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE,
        Map.of(Var.MEASURES_REQUIRED, "危化品分区存放", Var.SUSPENSION, Suspension.PARTIAL.code(),
            Var.RECTIFICATION_DEADLINE, "2026-04-30"));
    submit("jingan-leader", "leaders", caseNo, HazardProcess.USER_TASK_APPROVE_LISTING,
        Map.of(Var.LISTING_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意挂牌"));
    assertThat(ledger(caseNo)).containsEntry("listed", true);

    // The plan comes to jingan-handler, who did the case's last handler step (承办连续性); the section chief
    // transfers it to a colleague, who then keeps the case.
    String plan = openTask("jingan-handler2", "case-handlers", caseNo).get("id").toString();
    assertThat(rest.post("jingan-chief", "/api/tasks/" + plan + "/transfer",
        Map.of("assignee", "jingan-handler2", "reason", "承办人外出，转同组办理")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    submit("jingan-handler2", "case-handlers", caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, HazardSteps.rectificationPlan(true));

    assertThat(ledger(caseNo).get("deadlineAt").toString()).startsWith("2026-04-30T15:59:59");
    submit("jingan-handler2", "case-handlers", caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION,
        Map.of(Var.RECTIFICATION_STATUS, Code.COMPLETED, CommonVariables.OPINION, "已按方案完成"));
    submit("jingan-handler2", "case-handlers", caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION,
        Map.of(Var.ACCEPTANCE, Code.PASSED, CommonVariables.OPINION, "复查合格"));

    Map<String, Object> closed = ledger(caseNo);
    assertThat(closed).containsEntry("listed", false).containsEntry("onTime", true).containsEntry("overdue", false);
    // What the KPIs count: a major hazard, listed once (the listing stays on record after 摘牌), rectified.
    assertThat(closed).containsEntry("grade", HazardLevel.MAJOR.code())
        .containsEntry("outcome", HazardProcess.Outcome.RECTIFIED);
    assertThat(closed.get("listedAt")).isNotNull();
    assertThat(closed.get("closedAt")).isNotNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) closed.get("timeline");
    assertThat(timeline).extracting(r -> r.get("activityId")).containsSubsequence(null,
        HazardProcess.USER_TASK_VERIFY_HAZARD, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE,
        HazardProcess.USER_TASK_APPROVE_LISTING, HazardProcess.SERVICE_TASK_LIST_HAZARD,
        HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, HazardProcess.USER_TASK_RECORD_RECTIFICATION,
        HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, HazardProcess.SERVICE_TASK_CLOSE_HAZARD);
    assertThat(timeline).filteredOn(r -> HazardProcess.USER_TASK_APPROVE_LISTING.equals(r.get("activityId")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("actor", "jingan-leader")
            .containsEntry("outcome", Code.APPROVED).containsEntry("opinion", "同意挂牌"));
    // Outcomes are named in the words of the step's own form, and the end in those of the end event.
    assertThat(timeline).filteredOn(r -> HazardProcess.USER_TASK_APPROVE_LISTING.equals(r.get("activityId")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("outcomeName", "同意挂牌督办"));
    assertThat(timeline).filteredOn(r -> HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE.equals(r.get("activityId"))
            && "TASK_COMPLETED".equals(r.get("kind")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("outcomeName", "局部停产停业"));
    assertThat(timeline).filteredOn(r -> "CASE_CLOSED".equals(r.get("kind")))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("outcome", HazardProcess.Outcome.RECTIFIED)
            .containsEntry("outcomeName", "隐患已销号"));
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);
  }

  @Test
  void aBadSubmissionIsRefusedWithAChineseMessageAndNothingIsRecorded() {
    String caseNo = report("jingan-handler", "jingan");
    String taskId = claim("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD);
    int recordsBefore = records(caseNo);

    ResponseEntity<String> pastDeadline = rest.post("jingan-handler", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
            Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-02-27"))));
    assertThat(pastDeadline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pastDeadline.getBody()).contains("整改期限须晚于今天");

    ResponseEntity<String> beyondCalendar = rest.post("jingan-handler", "/engine-rest/task/" + taskId
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
        Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2040-03-01"))));
    assertThat(beyondCalendar.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(beyondCalendar.getBody()).contains("2040年超出法定期限的计算范围").doesNotContain(".json");

    ResponseEntity<String> noLevel = rest.post("jingan-handler", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(CommonVariables.OPINION, "稍后再定"))));
    assertThat(noLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noLevel.getBody()).contains("核查结论");

    assertThat(rest.getMap("jingan-handler", "/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(records(caseNo)).isEqualTo(recordsBefore);
  }

  @Test
  void aMajorPlanNeedsEveryElementAndTheDoubleReport() {
    String caseNo = report("jingan-handler", "jingan");
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE,
        Map.of(Var.MEASURES_REQUIRED, "停用3号仓库", Var.SUSPENSION, Suspension.FULL.code(),
            Var.RECTIFICATION_DEADLINE, "2026-04-30"));
    submit("jingan-leader", "leaders", caseNo, HazardProcess.USER_TASK_APPROVE_LISTING,
        Map.of(Var.LISTING_APPROVAL, Code.APPROVED));
    String taskId = claim("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN);

    ResponseEntity<String> incomplete = rest.post("jingan-handler", "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(Var.PLAN_GOAL, "消除隐患", Var.WORKERS_CONGRESS_INFORMED, false))));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody()).contains("采取的方法和措施", "经费和物资落实", "负责治理的机构和人员",
        "安全措施和应急预案");

    ResponseEntity<String> noDoubleReport = rest.post("jingan-handler", "/engine-rest/task/" + taskId
        + "/submit-form", Map.of("variables", EngineRest.typed(HazardSteps.rectificationPlan(false))));
    assertThat(noDoubleReport.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDoubleReport.getBody()).contains("双报告");
  }

  @Test
  void theLedgerListsFiltersAndKeepsDistrictsApart() {
    String jingan = report("jingan-handler", "jingan");
    String changning = report("changning-handler", "changning");

    Map<String, Object> page = rest.getMap("jingan-leader",
        "/api/cases?lifecycle=" + HazardProcess.PROCESS_KEY + "&stage=" + HazardProcess.USER_TASK_VERIFY_HAZARD
            + "&size=200").getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    assertThat(items).extracting(i -> i.get("caseNo")).contains(jingan).doesNotContain(changning);
    assertThat(items).extracting(i -> i.get("district")).containsOnly("jingan");

    Map<String, Object> city = rest.getMap("city-leader", "/api/cases?district=changning&size=200").getBody();
    assertThat(city.get("items").toString()).contains(changning).doesNotContain(jingan);

    assertThat(rest.getMap("jingan-leader", "/api/cases?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getMap("jingan-leader", "/api/cases?district=atlantis").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getMap("changning-leader", "/api/cases/" + jingan).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void leadersUrgeAndTasklistSeesIt() {
    String caseNo = report("jingan-handler", "jingan");
    String taskId = openTask("jingan-handler", "case-handlers", caseNo).get("id").toString();

    ResponseEntity<String> byHandler = rest.post("jingan-handler", "/api/cases/" + caseNo + "/urge", Map.of());
    assertThat(byHandler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byHandler.getBody()).contains("只有分管/主要负责人可以催办");
    assertThat(rest.post("changning-leader", "/api/cases/" + caseNo + "/urge", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> urged = rest.post("jingan-leader", "/api/cases/" + caseNo + "/urge",
        Map.of("reason", "群众举报，请优先核查"));
    assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(urged.getBody()).contains(taskId).contains("\"urgeCount\":1");

    Map<String, Object> task = rest.getMap("jingan-handler", "/engine-rest/task/" + taskId).getBody();
    assertThat(((Number) task.get("priority")).intValue()).isEqualTo(75);
    // Visible in the list and on the task: who urged, when, why.
    assertThat(task.get("name").toString()).startsWith("【催办】").doesNotStartWith("【催办】【催办】");
    assertThat(task.get("description").toString())
        .contains("【催办】静安区分管领导于2026-03-02 ", "催办：群众举报，请优先核查");
    assertThat(rest.getList("jingan-handler", "/engine-rest/task/" + taskId + "/comment").getBody())
        .extracting(c -> c.get("message").toString()).anyMatch(m -> m.contains("群众举报，请优先核查"));
    assertThat(ledger(caseNo).get("timeline").toString()).contains("URGED");
  }

  /** 流转记录: the next task shows the earlier steps — when, step, who by name, outcome in Chinese, opinion. */
  @Test
  void theNextTaskShowsTheCaseHistory() {
    String caseNo = report("jingan-handler", "jingan");
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
            Var.RECTIFICATION_DEADLINE, "2026-03-20", CommonVariables.OPINION, "现场核实属实，责令限期整改"));
    String taskId = openTask("jingan-handler", "case-handlers", caseNo).get("id").toString();
    // What Tasklist loads for a Camunda Form: the task's form variables, the history as JSON.
    Map<String, Object> variables = rest.getMap("jingan-handler", "/engine-rest/task/" + taskId
        + "/form-variables?deserializeValues=false").getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> history = (Map<String, Object>) variables.get("caseHistory");
    assertThat(history).containsEntry("type", "Json");
    assertThat(history.get("value").toString())
        .contains("\"step\":\"核查隐患\"", "\"by\":\"静安区承办人\"", "\"outcome\":\"一般事故隐患\"",
            "\"opinion\":\"现场核实属实，责令限期整改\"", "\"time\":\"2026-03-02 09:00\"")
        .contains("\"step\":\"隐患排查治理\"");  // the opening, last
    assertThat(history.get("value").toString().indexOf("核查隐患"))
        .isLessThan(history.get("value").toString().indexOf("隐患排查治理"));
  }

  @Test
  void remindersUrgeAndAnOverdueHazardIsReferredForPenalty() {
    String caseNo = report("jingan-handler", "jingan");
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
            Var.RECTIFICATION_DEADLINE, "2026-03-20"));
    assertThat(rest.getMap("jingan-leader", "/api/cases?overdue=false&closed=false&lifecycle="
        + HazardProcess.PROCESS_KEY + "&size=200").getBody().get("items").toString()).contains(caseNo);

    // Three working days before the deadline the reminder urges the rectification task.
    TestClock.set("2026-03-17T08:00:00");
    fireTimer(caseNo, HazardProcess.TIMER_RECTIFICATION_REMINDER);
    Map<String, Object> task = openTask("jingan-handler", "case-handlers", caseNo);
    assertThat(((Number) task.get("priority")).intValue()).isEqualTo(75);
    assertThat(task.get("description").toString()).startsWith("【催办】系统（期限提醒）于2026-03-17 08:00催办：");
    assertThat(ledger(caseNo)).containsEntry("urgeCount", 1);

    // At the deadline the case is overdue; the handler refers it for a penalty with a new deadline.
    TestClock.set("2026-03-21T08:00:00");
    fireTimer(caseNo, HazardProcess.TIMER_RECTIFICATION_DUE);
    assertThat(ledger(caseNo)).containsEntry("overdue", true);
    assertThat(rest.getMap("jingan-leader", "/api/cases?overdue=true&size=200").getBody().get("items").toString())
        .contains(caseNo);
    submit("jingan-handler", "case-handlers", caseNo, HazardProcess.USER_TASK_DECIDE_OVERDUE,
        Map.of(Var.OVERDUE_DECISION, Code.PENALTY_REFERRAL, Var.REFERRAL_REASON, "逾期拒不整改",
            Var.RECTIFICATION_DEADLINE, "2026-04-10"));

    Map<String, Object> referred = ledger(caseNo);
    assertThat(referred).containsEntry("overdue", false).containsEntry("stage", HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    assertThat(referred.get("referrals").toString()).contains("PENALTY", "逾期拒不整改", "targetCaseNo=null");
    assertThat(referred.get("timeline").toString()).contains("TIMER_FIRED", "URGED", "REFERRAL");
  }

  @Test
  void reportsOverTheApiAreValidated() {
    Map<String, Object> report = reportBody("jingan");
    report.put("enterpriseUscc", "91310000MA1FL8TQ4X");
    ResponseEntity<String> badUscc = rest.post("jingan-handler", "/api/hazards", report);
    assertThat(badUscc.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badUscc.getBody()).contains("统一社会信用代码");

    Map<String, Object> tip = reportBody("jingan");
    tip.put("source", "PUBLIC_TIP");
    assertThat(rest.post("jingan-handler", "/api/hazards", tip).getBody()).contains("举报人联系方式");

    Map<String, Object> missing = reportBody("jingan");
    missing.remove("description");
    assertThat(rest.post("jingan-handler", "/api/hazards", missing).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(rest.post("jingan-reviewer", "/api/hazards", reportBody("jingan")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", "/api/hazards", reportBody("atlantis")).getBody()).contains("未知的区代码");
  }

  /** A rectification plan with every element; {@code informed}: the 双报告 confirmed. */

  private String report(String user, String district) {
    ResponseEntity<String> created = rest.post(user, "/api/hazards", reportBody(district));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getHeaders().getLocation().getPath().replace("/api/cases/", "");
  }

  private static Map<String, Object> reportBody(String district) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", district);
    body.put("enterpriseName", "上海某化工有限公司");
    body.put("enterpriseUscc", EngineRest.VALID_USCC);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("source", "INSPECTION");
    body.put("location", UniqueReports.location("3号仓库"));
    body.put("description", "危化品混存，未设防爆设施");
    return body;
  }

  /** The open task of the case in the user's candidate group, as Tasklist's group query finds it. */
  private Map<String, Object> openTask(String user, String group, String caseNo) {
    List<Map<String, Object>> tasks = rest.getList(user, "/engine-rest/task?candidateGroup=" + group
        + "&includeAssignedTasks=true&processInstanceBusinessKey=" + caseNo).getBody();
    assertThat(tasks).as("open task of %s for %s", caseNo, user).hasSize(1);
    return tasks.get(0);
  }

  private String claim(String user, String group, String caseNo, String expectedTask) {
    Map<String, Object> task = openTask(user, group, caseNo);
    assertThat(task.get("taskDefinitionKey")).isEqualTo(expectedTask);
    String taskId = task.get("id").toString();
    assertThat(rest.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    return taskId;
  }

  private void submit(String user, String group, String caseNo, String expectedTask, Map<String, Object> variables) {
    String taskId = claim(user, group, caseNo, expectedTask);
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(expectedTask + ": " + submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Fires a due timer as the job executor would, on the engine clock moved past its due date. */
  private void fireTimer(String caseNo, String timerId) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .singleResult().getId();
    Job timer = managementService.createJobQuery().processInstanceId(instanceId).activityId(timerId).executable()
        .singleResult();
    assertThat(timer).as("due timer %s", timerId).isNotNull();
    managementService.executeJob(timer.getId());
  }

  private Map<String, Object> ledger(String caseNo) {
    return rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
  }

  private int records(String caseNo) {
    return rest.getList("jingan-handler", "/api/cases/" + caseNo + "/records").getBody().size();
  }
}
