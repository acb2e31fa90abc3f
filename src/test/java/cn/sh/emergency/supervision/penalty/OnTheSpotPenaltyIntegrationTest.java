package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * 简易程序 (行政处罚法 arts. 51, 52) through the Tasklist start form as an officer submits it: what the law does not
 * allow on the spot is refused; a unit's fine is decided and numbered, its 当场行政处罚决定书 issued, the decision
 * filed by a legal reviewer, and the case closes when the fine is paid; a person's warning is carried out at once.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class OnTheSpotPenaltyIntegrationTest {

  private static final String PERSON_ID = "310106198001011231";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  Deadline deadline;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void whatTheSummaryProcedureDoesNotAllowIsRefusedAndOpensNoCase() {
    assertThat(refusal(with(Map.of(Var.FINE_YUAN, 5000)))).contains("罚款5000元超过当场处罚的限额3000元",
        "行政处罚法第五十一条");
    Map<String, Object> person = personFine(300);
    assertThat(refusal(person)).contains("罚款300元超过当场处罚的限额200元");
    Map<String, Object> noId = personFine(100);
    noId.remove(Var.PARTY_ID_NUMBER);
    assertThat(refusal(noId)).contains("当事人身份证号码");
    assertThat(refusal(with(Map.of(Var.INVESTIGATORS, "jingan-handler")))).contains("至少两名");
    assertThat(refusal(with(Map.of(Var.STATEMENT_HEARD, false)))).contains("听取其陈述、申辩");
  }

  @Test
  void aUnitsFineIsDecidedOnTheSpotFiledAndClosedWhenPaid() {
    String caseNo = start(with(Map.of()));
    Map<String, Object> penalty = rest.getMap("jingan-handler", "/api/penalties/cases/" + caseNo).getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> party = ((List<Map<String, Object>>) penalty.get("parties")).get(0);
    String decisionNo = (String) party.get("decisionNo");
    assertThat(decisionNo).matches("沪静应急罚〔2026〕\\d+号");
    assertThat(party).containsEntry("kind", "UNIT").containsEntry("status", "SERVED").containsEntry("fineYuan", 2000);
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + decisionNo).getBody())
        .containsEntry("paymentDueOn", "2026-03-17");

    assertThat(document(caseNo, "on-the-spot-decision")).contains("当场行政处罚决定书", decisionNo,
        "当事人上海某化工有限公司", "违法事实：动火作业未办理审批手续", "陈述、申辩：当事人称系临时抢修",
        "依据《中华人民共和国安全生产法》第一百零一条的规定，本机关决定对你单位作出如下行政处罚："
            + ChineseWriting.fine(2000), "地点：上海市静安区某路1号", "自收到本决定书之日起十五日内",
        "执法人员（签名）", "当事人拒绝签收。（执法人员注明）", "二〇二六年三月二日");
    ResponseEntity<String> notice = rest.as("jingan-handler").postForEntity(
        "/api/cases/" + caseNo + "/documents/penalty-notice?party=1", null, String.class);
    assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Task filing = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(OnTheSpotProcess.USER_TASK_FILE_DECISION).singleResult();
    assertThat(filing.getName()).contains("当场处罚决定备案");
    assertThat(rest.complete("jingan-reviewer", filing.getId(), Map.of(CommonVariables.OPINION, "符合简易程序条件，予以备案"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isOne();

    ResponseEntity<String> paid = rest.post("jingan-handler", "/api/penalties/" + decisionNo + "/payments",
        Map.of("amountYuan", 2000, "paidOn", "2026-03-02", "receiptNo", "沪财缴-0099"));
    assertThat(paid.getStatusCode()).as(paid.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    Map<String, Object> ledger = rest.getMap("jingan-handler", "/api/cases/" + caseNo).getBody();
    assertThat(ledger.get("closedAt")).isNotNull();
    assertThat(ledger).containsEntry("caseType", "PN").containsEntry("outcome", "CLOSED");
    assertThat(((Number) ledger.get("fineDecidedYuan")).longValue()).isEqualTo(2000L);
  }

  @Test
  void aPersonsWarningIsCarriedOutWhenHandedOver() {
    Map<String, Object> warning = personFine(0);
    warning.put(Var.SUMMARY_PENALTY, SummaryPenalty.WARNING.code());
    warning.remove(Var.FINE_YUAN);
    String caseNo = start(warning);
    @SuppressWarnings("unchecked")
    Map<String, Object> party = ((List<Map<String, Object>>) rest.getMap("jingan-handler",
        "/api/penalties/cases/" + caseNo).getBody().get("parties")).get(0);
    assertThat(party).containsEntry("kind", "PERSON").containsEntry("name", "李四").containsEntry("status", "EXECUTED");
    assertThat(document(caseNo, "on-the-spot-decision")).contains("当事人李四", "作出如下行政处罚：警告。",
        "当事人（签收）");
    Task filing = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete("jingan-reviewer", filing.getId(), Map.of(CommonVariables.OPINION, "予以备案"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
  }

  /**
   * 行政处罚法 art. 66: a unit in difficulty asks to pay its 3,000 yuan in two instalments; the leaders approve; the
   * collection then counts it overdue only after each instalment's day, the surcharge runs on the instalment late,
   * and a second plan is refused.
   */
  @Test
  void aPartyInDifficultyPaysInInstalmentsTheLeadersApproved() {
    String caseNo = start(with(Map.of(Var.FINE_YUAN, 3000)));
    @SuppressWarnings("unchecked")
    String decisionNo = (String) ((List<Map<String, Object>>) rest.getMap("jingan-handler",
        "/api/penalties/cases/" + caseNo).getBody().get("parties")).get(0).get("decisionNo");
    String path = "/api/penalties/" + decisionNo + "/payment-plans";
    Map<String, Object> plan = Map.of("kind", "INSTALMENTS", "reason", "受疫情影响资金周转困难，申请分两期缴纳",
        "instalments", List.of(Map.of("dueOn", "2026-04-30", "amountYuan", 1500),
            Map.of("dueOn", "2026-05-29", "amountYuan", 1500)));
    assertThat(rest.post("jingan-leader", path, plan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", path, Map.of("kind", "INSTALMENTS", "reason", "困难",
        "instalments", List.of(Map.of("dueOn", "2026-04-30", "amountYuan", 1000),
            Map.of("dueOn", "2026-05-29", "amountYuan", 1000)))).getBody()).contains("须等于尚未缴纳的罚款3000元");
    assertThat(rest.post("jingan-handler", path, Map.of("kind", "DEFERRAL", "reason", "困难",
        "instalments", List.of(Map.of("dueOn", "2026-04-30", "amountYuan", 1500),
            Map.of("dueOn", "2026-05-29", "amountYuan", 1500)))).getBody()).contains("延期缴纳须为一个缴款日期");
    assertThat(rest.post("jingan-handler", path, Map.of("kind", "INSTALMENTS", "reason", "困难",
        "instalments", List.of(Map.of("dueOn", "2026-05-29", "amountYuan", 1500),
            Map.of("dueOn", "2026-04-30", "amountYuan", 1500)))).getBody()).contains("依次递增");
    ResponseEntity<String> applied = rest.post("jingan-handler", path, plan);
    assertThat(applied.getStatusCode()).as(applied.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.post("jingan-handler", path, plan).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // The plan is the application's alone: no bare start over the engine's REST API, and the leaders' answer
    // cannot carry another plan.
    Map<String, Object> forged = Map.of(PaymentPlanProcess.Var.DECISION_NO, decisionNo, CommonVariables.CASE_NO, caseNo,
        PaymentPlanProcess.Var.PAYMENT_PLAN, "[{\"dueOn\":\"2027-12-31\",\"amountYuan\":3000}]");
    assertThat(rest.post("jingan-handler", "/engine-rest/process-definition/key/" + PaymentPlanProcess.PROCESS_KEY
        + "/start", Map.of("variables", EngineRest.typed(forged))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Task approval = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(PaymentPlanProcess.USER_TASK_APPROVE_PAYMENT_PLAN).singleResult();
    assertThat(rest.complete("jingan-leader", approval.getId(), Map.of(PaymentPlanProcess.Var.PAYMENT_PLAN_APPROVAL,
        PaymentPlanProcess.Code.APPROVED, PaymentPlanProcess.Var.PAYMENT_PLAN, forged.get(PaymentPlanProcess.Var.PAYMENT_PLAN)))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.complete("jingan-leader", approval.getId(), Map.of(PaymentPlanProcess.Var.PAYMENT_PLAN_APPROVAL,
        PaymentPlanProcess.Code.APPROVED)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(paymentTimer(caseNo)).isEqualTo(deadline.endOf("2026-04-30"));
    assertThat(rest.post("jingan-handler", path, plan).getBody()).contains("已批准延期或者分期缴纳");

    // The first instalment late by 5 days: 3 % a day on its 1,500 yuan.
    Map<String, Object> due = rest.getMap("jingan-handler", "/api/penalties/" + decisionNo + "?on=2026-05-05")
        .getBody();
    assertThat(due).containsEntry("paymentDueOn", "2026-04-30").containsEntry("overdueDays", 5)
        .containsEntry("surchargeYuan", 225).containsEntry("totalDueYuan", 3225);
    // Paid on time, the collection waits for the second.
    TestClock.set("2026-04-28T10:00:00");
    ResponseEntity<String> first = rest.post("jingan-handler", "/api/penalties/" + decisionNo + "/payments",
        Map.of("amountYuan", 1500, "paidOn", "2026-04-28"));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(paymentTimer(caseNo)).isEqualTo(deadline.endOf("2026-05-29"));
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + decisionNo + "?on=2026-06-01").getBody())
        .containsEntry("paymentDueOn", "2026-05-29").containsEntry("surchargeYuan", 135)
        .containsEntry("totalDueYuan", 1635);
  }

  private java.util.Date paymentTimer(String caseNo) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey(OnTheSpotProcess.PROCESS_KEY).singleResult().getId();
    return managementService.createJobQuery().processInstanceId(instance)
        .activityId(OnTheSpotProcess.TIMER_PAYMENT_DUE).singleResult().getDuedate();
  }

  // --- steps -------------------------------------------------------------------------------------------------

  /** What the Tasklist start form submits for a unit fined 2,000 yuan, with the changes given. */
  private static Map<String, Object> with(Map<String, Object> changes) {
    Map<String, Object> form = EngineRest.caseVariables("jingan");
    form.put(Var.PARTY_KIND, PartyKind.UNIT.code());
    form.put(Var.VIOLATION_FACTS, "动火作业未办理审批手续");
    form.put(Var.LEGAL_BASIS, "《中华人民共和国安全生产法》第一百零一条");
    form.put(Var.SUMMARY_PENALTY, SummaryPenalty.FINE.code());
    form.put(Var.FINE_YUAN, 2000.0);
    form.put(Var.DECISION_PLACE, "上海市静安区某路1号");
    form.put(Var.INVESTIGATORS, "jingan-handler,jingan-handler2");
    form.put(Var.PARTY_STATEMENT, "当事人称系临时抢修");
    form.put(Var.STATEMENT_HEARD, true);
    form.put(Var.PARTY_REFUSED_TO_SIGN, true);
    form.putAll(changes);
    return form;
  }

  private static Map<String, Object> personFine(long fine) {
    Map<String, Object> form = with(Map.of(Var.PARTY_KIND, PartyKind.PERSON.code(), Var.PARTY_NAME, "李四",
        Var.PARTY_ID_NUMBER, PERSON_ID, Var.FINE_YUAN, fine, Var.PARTY_REFUSED_TO_SIGN, false));
    return new HashMap<>(form);
  }

  private ResponseEntity<String> submit(Map<String, Object> form) {
    return rest.post("jingan-handler", "/engine-rest/process-definition/key/" + OnTheSpotProcess.PROCESS_KEY
        + "/submit-form", Map.of("variables", EngineRest.typed(form)));
  }

  private String start(Map<String, Object> form) {
    ResponseEntity<String> started = submit(form);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return runtimeService.createProcessInstanceQuery().processInstanceId(
        started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).singleResult().getBusinessKey();
  }

  private String refusal(Map<String, Object> form) {
    ResponseEntity<String> refused = submit(form);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return refused.getBody();
  }

  private String document(String caseNo, String type) {
    ResponseEntity<byte[]> pdf = rest.as("jingan-handler").postForEntity(
        "/api/cases/" + caseNo + "/documents/" + type, null, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    return PdfPages.text(pdf.getBody());
  }
}
