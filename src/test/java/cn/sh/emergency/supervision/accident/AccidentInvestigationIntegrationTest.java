package cn.sh.emergency.supervision.accident;

import static cn.sh.emergency.supervision.accident.AccidentProcess.Code;
import static cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An accident from its report to the dual-penalty case over the REST APIs, each step as the user whose role it is:
 * the escalation proposal drawn from the case file, a supplementary report that re-grades and escalates, the
 * investigation, approval, and accountability opening a linked penalty case.
 */
@PostgresIntegrationTest
@EngineTime("2026-05-11T09:00:00")
class AccidentInvestigationIntegrationTest {

  /** A unit of its own, so other tests' cases do not count as its history. */
  private static final String USCC = "91310106MA1FY5KP31";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  /** Where the approval summary is issued ({@code POST}); {@code .pdf} reads it. */
  static final String APPROVAL_DOCUMENT = "/api/cases/%s/documents/accident-report-approval";

  @Test
  void anAccidentIsGradedEscalatedInvestigatedAndHandedToADualPenaltyCase() {
    String hazardNo = listedHazard();

    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents",
        report("2026-05-11T07:00", "2026-05-11T08:30", 1, 2, 2_000_000L));
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = reported.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    assertThat(caseNo).startsWith("AC-JINGAN-2026-");
    Map<String, Object> ledger = ledger(caseNo);
    assertThat(ledger).containsEntry("grade", "GENERAL").containsEntry("lifecycle", AccidentProcess.PROCESS_KEY);

    // The proposal names the late report and the unit's hazard under listed supervision.
    Task review = task(caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION);
    assertThat(taskService.getVariable(review.getId(), Var.LATE_REPORT)).isEqualTo(true);
    assertThat(taskService.getVariable(review.getId(), Var.ESCALATION_REASONS).toString())
        .contains("事故迟报", "挂牌督办", hazardNo);

    // A supplementary report within 30 days: a third death makes it 较大, which the city investigates.
    TestClock.set("2026-05-20T09:00:00");
    ResponseEntity<Map<String, Object>> supplemented = rest.as("jingan-handler").postForEntity(
        "/api/accidents/" + caseNo + "/casualties", casualties(3, 2, 2_000_000L), mapType());
    assertThat(supplemented.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(supplemented.getBody()).containsEntry("grade", "LARGER").containsEntry("investigatingLevel", "CITY")
        .containsEntry("escalated", true);
    assertThat(ledger(caseNo)).containsEntry("grade", "LARGER").containsEntry("escalated", true)
        .containsEntry("reportedOnTime", false);
    assertThat(ledger(caseNo).get("timeline").toString()).contains("ESCALATED", "事故补报");
    assertThat(rest.post("jingan-handler", "/api/accidents/" + caseNo + "/casualties",
        Map.of("deaths", -1, "seriousInjuries", 0, "missing", 0, "directLossYuan", 0)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.post("changning-handler", "/api/accidents/" + caseNo + "/casualties", casualties(3, 2, 0))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    submit("jingan-leader", caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION, Map.of(Var.ESCALATION_DECISION,
        Code.KEEP, Var.ESCALATION_REASON, "已依法由市政府调查，无须再提级"));
    // The city investigates now: its staff take the case; the district's handlers no longer can.
    Task team = task(caseNo, AccidentProcess.USER_TASK_FORM_TEAM);
    assertThat(rest.post("jingan-handler", "/engine-rest/task/" + team.getId() + "/claim",
        Map.of("userId", "jingan-handler")).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(rest.getList("jingan-handler", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).getBody())
        .isEmpty();
    submit("city-handler", caseNo, AccidentProcess.USER_TASK_FORM_TEAM, Map.of(Var.TEAM_LEADER, "city-leader",
        Var.TEAM_MEMBERS, "王某（市应急局）"));
    // An extension beyond 60 days together is refused with its reason.
    Task investigate = task(caseNo, AccidentProcess.USER_TASK_INVESTIGATE);
    ResponseEntity<String> tooLong = rest.post("city-handler", "/engine-rest/task/" + investigate.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.INVESTIGATION_STATUS,
        Code.EXTENSION_REQUESTED, Var.REQUESTED_EXTENSION_DAYS, 61))));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("尚可延长60日");
    submit("city-handler", caseNo, AccidentProcess.USER_TASK_INVESTIGATE, Map.of(Var.INVESTIGATION_STATUS,
        Code.REPORT_SUBMITTED, Var.INVESTIGATION_REPORT, "调查报告", Var.CAUSE, "违章动火作业引燃可燃物"));
    assertThat(rest.as("jingan-leader").postForEntity(APPROVAL_DOCUMENT.formatted(caseNo), null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Task approval = task(caseNo, AccidentProcess.USER_TASK_APPROVE_REPORT);
    ResponseEntity<String> extend = rest.post("city-leader", "/engine-rest/task/" + approval.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(Var.REPORT_APPROVAL, Code.EXTEND, CommonVariables.OPINION, "延期"))));
    assertThat(extend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(extend.getBody()).contains("只有特别重大事故的批复期限可以延长");
    submit("city-leader", caseNo, AccidentProcess.USER_TASK_APPROVE_REPORT, Map.of(Var.REPORT_APPROVAL,
        Code.APPROVED, CommonVariables.OPINION, "同意"));
    // The penalty case needs two officers with enforcement certificates (行政处罚法 art. 42): one is refused, the step
    // stays open and no penalty case is opened.
    Map<String, Object> accountability = new LinkedHashMap<>(Map.of(
        Var.PRINCIPAL_NAME, "张三丰", Var.PRINCIPAL_ID_NUMBER, "310106198001011231", Var.PRINCIPAL_INCOME_YUAN, 400000,
        Var.DISCIPLINARY_REFERRAL, true, Var.ACCOUNTABILITY_NOTE, "监管人员涉嫌失职",
        Var.PENALTY_INVESTIGATORS, "city-handler"));
    Task determine = task(caseNo, AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY);
    rest.post("city-handler", "/engine-rest/task/" + determine.getId() + "/claim", Map.of("userId", "city-handler"));
    ResponseEntity<String> oneOfficer = rest.post("city-handler", "/engine-rest/task/" + determine.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(accountability)));
    assertThat(oneOfficer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(oneOfficer.getBody()).contains("调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条）");
    assertThat(taskService.createTaskQuery().taskId(determine.getId()).count()).isOne();
    accountability.put(Var.PENALTY_INVESTIGATORS, "city-handler,jingan-handler");
    submit("city-handler", caseNo, AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY, accountability);

    // The dual-penalty case carries the grade and is linked both ways.
    String accidentInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey(AccidentProcess.PROCESS_KEY).singleResult().getId();
    String penaltyNo = (String) runtimeService.getVariable(accidentInstance, Var.PENALTY_CASE_NO);
    assertThat(penaltyNo).startsWith("PN-JINGAN-2026-");
    String penaltyInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(penaltyNo)
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).singleResult().getId();
    assertThat(runtimeService.getVariable(penaltyInstance, DualPenaltyProcess.Var.ACCIDENT_GRADE)).isEqualTo("LARGER");
    assertThat(ledger(penaltyNo).get("referredFrom").toString()).contains(caseNo);
    assertThat(ledger(caseNo).get("referrals").toString()).contains("targetCaseNo=" + penaltyNo, "DISCIPLINARY");

    // The summary of the approval, under the number it was published with.
    ResponseEntity<byte[]> summary = rest.as("jingan-leader").postForEntity(APPROVAL_DOCUMENT.formatted(caseNo), null,
        byte[].class);
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.as("city-handler").getForEntity(APPROVAL_DOCUMENT.formatted(caseNo) + ".pdf", byte[].class)
        .getBody()).isEqualTo(summary.getBody());
    String text = PdfPages.text(summary.getBody());
    Matcher number = Pattern.compile("沪静应急批〔2026〕\\d+号").matcher(text);
    assertThat(number.find()).as(text).isTrue();
    assertThat(text).contains("上海市静安区应急管理局", "事故调查报告批复", "事故单位上海某精细化工有限公司",
        "发生日期二〇二六年五月十一日", "事故等级较大事故", "死亡（人）3", "重伤（人）2", "失踪（人）0",
        "直接经济损失人民币贰佰万元整（¥2,000,000）", "调查级别市人民政府", "提级调查是", "调查组组长上海市分管领导",
        "案件编号" + caseNo, "市人民政府于二〇二六年五月二十日对上海某精细化工有限公司事故调查报告作出批复",
        "事故原因：违章动火作业引燃可燃物", "调查结论：调查报告", "批复意见：同意",
        "责任追究：对有关公职人员，移送纪检监察机关依规依纪依法处理；对事故单位及其有关负责人依法实施行政处罚（一案双罚，案件编号"
            + penaltyNo + "）；监管人员涉嫌失职。", "二〇二六年五月二十日");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);

    // Past the 30 days casualty changes are refused.
    TestClock.set("2026-06-12T09:00:00");
    ResponseEntity<String> late = rest.post("jingan-handler", "/api/accidents/" + caseNo + "/casualties",
        casualties(4, 2, 2_000_000L));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("已超过补报期限");
  }

  @Test
  void badReportsAreRefusedAndOpenNoCase() {
    ResponseEntity<String> reversed = rest.post("jingan-handler", "/api/accidents",
        report("2026-05-11T08:00", "2026-05-11T07:00", 0, 0, 0L));
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody()).contains("报告时间不能早于事故发生时间");
    assertThat(rest.post("jingan-handler", "/api/accidents", report("2026-05-12T08:00", "2026-05-12T08:30", 0, 0, 0L))
        .getBody()).contains("不能晚于现在");
    assertThat(rest.post("jingan-handler", "/api/accidents", report("yesterday", "2026-05-11T08:30", 0, 0, 0L))
        .getBody()).contains("事故发生时间格式");
    assertThat(rest.post("jingan-reviewer", "/api/accidents", report("2026-05-11T07:00", "2026-05-11T07:30", 0, 0, 0L))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void lateReportingIsJudgedFromWhenTheUnitsHeadReceivedTheReport() {
    // At 22:00 on 05-10; the head learned of it at 06:30 and reported at 07:20: within the hour of receipt, not late.
    Map<String, Object> body = report("2026-05-10T22:00", "2026-05-11T07:20", 0, 1, 0L);
    body.put("receivedAt", "2026-05-11T06:30");
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents", body);
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = reported.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    assertThat(ledger(caseNo)).containsEntry("reportedOnTime", true);
    assertThat(taskService.getVariable(task(caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION).getId(),
        Var.LATE_REPORT)).isEqualTo(false);

    // Without a receipt time the hour runs from the accident (21:00): reported at 07:20, the report is late.
    ResponseEntity<String> fromTheAccident = rest.post("jingan-handler", "/api/accidents",
        report("2026-05-10T21:00", "2026-05-11T07:20", 0, 1, 0L));
    String lateNo = fromTheAccident.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    assertThat(ledger(lateNo)).containsEntry("reportedOnTime", false);

    Map<String, Object> receivedFirst = report("2026-05-10T22:00", "2026-05-11T07:20", 0, 1, 0L);
    receivedFirst.put("receivedAt", "2026-05-10T21:00");
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/accidents", receivedFirst);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("接报时间不能早于事故发生时间");
  }

  // --- steps -------------------------------------------------------------------------------------------------

  /** A major hazard of the same unit, listed (挂牌督办) and still open. */
  private String listedHazard() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("district", "jingan");
    report.put("enterpriseName", "上海某精细化工有限公司");
    report.put("enterpriseUscc", USCC);
    report.put("sector", "HAZARDOUS_CHEMICALS");
    report.put("source", "INSPECTION");
    report.put("location", "2号车间");
    report.put("description", "反应釜联锁装置失效");
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/hazards", report);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String hazardNo = created.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    submit("jingan-handler", hazardNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(HazardProcess.Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
    submit("jingan-handler", hazardNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, Map.of(
        HazardProcess.Var.MEASURES_REQUIRED, "停用2号车间", HazardProcess.Var.SUSPENSION, Suspension.PARTIAL.code(),
        HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-07-31"));
    submit("jingan-leader", hazardNo, HazardProcess.USER_TASK_APPROVE_LISTING,
        Map.of(HazardProcess.Var.LISTING_APPROVAL, HazardProcess.Code.APPROVED));
    return hazardNo;
  }

  private static Map<String, Object> report(String occurredAt, String reportedAt, int deaths, int injuries, long loss) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("enterpriseName", "上海某精细化工有限公司");
    body.put("enterpriseUscc", USCC);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("occurredAt", occurredAt);
    body.put("reportedAt", reportedAt);
    body.put("deaths", deaths);
    body.put("seriousInjuries", injuries);
    body.put("missing", 0);
    body.put("directLossYuan", loss);
    body.put("roadOrFire", false);
    body.put("description", "2号车间反应釜超压爆炸");
    return body;
  }

  private static Map<String, Object> casualties(int deaths, int injuries, long loss) {
    return Map.of("deaths", deaths, "seriousInjuries", injuries, "missing", 0, "directLossYuan", loss);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) Map.class;
  }

  private Task task(String caseNo, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of " + caseNo).isNotNull();
    return task;
  }

  private void submit(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    Task task = task(caseNo, taskKey);
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(taskKey + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Map<String, Object> ledger(String caseNo) {
    return rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
  }
}
