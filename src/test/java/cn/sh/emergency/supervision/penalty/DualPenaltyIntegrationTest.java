package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.documents.ChineseWriting;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.ReviewItem;
import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hazard referred for penalty becomes a dual-penalty case and is carried to closure over the REST APIs, each step
 * as the user whose role it is: registration, investigation, each party's proposal, notice, legal review (returned
 * once, then approved), decision with its number, publication, service, payment on time and late with the
 * surcharge, and closure.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class DualPenaltyIntegrationTest {

  private static final String PRINCIPAL_NAME = "张三丰";
  private static final String PRINCIPAL_ID = "310106198001011231";
  /** Principals barred from leading a unit: of their own, so that no other test's case is flagged. */
  private static final String BANNED_NAME = "李四";
  private static final String BANNED_ID = "310106197505051232";
  private static final String LIFELONG_ID = "310105198203034566";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Deadline deadline;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void aHazardReferralBecomesADualPenaltyCaseThatClosesWhenEveryPartyHasPaid() {
    String hazardNo = referredHazard();
    long referralId = openReferralOf(hazardNo);

    Map<String, Object> proposal = proposal(referralId);
    proposal.remove("enterpriseName"); // taken from the referring case
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    assertThat(caseNo).startsWith("PN-JINGAN-2026-");
    assertThat(ledger(hazardNo).get("referrals").toString()).contains("targetCaseNo=" + caseNo);
    assertThat(ledger(caseNo).get("referredFrom").toString()).contains(hazardNo);
    assertThat(rest.getList("jingan-handler", "/api/penalties/referrals").getBody().toString())
        .doesNotContain(hazardNo);

    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    assertThat(ledger(caseNo).get("deadlineAt")).isNotNull();
    // 立案审批表: the case as proposed and the leaders' approval.
    assertThat(documentText(caseNo, "registration-approval", null)).containsPattern("沪静应急立〔2026〕\\d+号")
        .contains("立案审批表", "未采取措施消除事故隐患，逾期拒不整改", ApiBodies.VIOLATION_ON, PRINCIPAL_NAME,
            "同意立案（二〇二六年三月二日）");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "经调查，企业逾期未消除事故隐患", CommonVariables.OPINION, "建议处罚"));

    // Each party within its discretion range (penalty-discretion, SPL-102).
    assertThat(documentStatus(caseNo, "penalty-notice", 1)).isEqualTo(HttpStatus.CONFLICT);
    Map<PartyKind, Long> proposed = new java.util.EnumMap<>(PartyKind.class);
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.PRINCIPAL)) {
      Task proposeTask = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, kind);
      long max = ((Number) taskService.getVariable(proposeTask.getId(), Var.FINE_MAX_YUAN)).longValue();
      proposed.put(kind, max);
      submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, kind,
          Map.of(Var.PROPOSED_FINE_YUAN, max, Var.DRAFT_DECISION, "拟罚款" + max + "元"));
      submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, kind,
          Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
      submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, kind,
          Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    }

    // The notices served on each party, in registration order: 1 the unit, 2 the principal.
    ResponseEntity<String> unnamed = rest.as("jingan-handler")
        .postForEntity(documentPath(caseNo, "penalty-notice", null), null, String.class);
    assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unnamed.getBody()).contains("本案有2个当事人", "1 上海某化工有限公司（生产经营单位）", "2 张三丰（主要负责人）");
    assertThat(documentStatus(caseNo, "penalty-notice", 3)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(documentText(caseNo, "penalty-notice", 1)).containsPattern("沪静应急罚告〔2026〕\\d+号")
        .contains("上海市静安区应急管理局", "行政处罚告知书", "上海某化工有限公司：", "当事人上海某化工有限公司",
            "统一社会信用代码" + EngineRest.VALID_USCC, "案件编号" + caseNo,
            "经查，你单位存在以下违法行为：未采取措施消除事故隐患，逾期拒不整改。",
            "依据《中华人民共和国安全生产法》第一百零二条的规定，本机关拟对你单位作出如下行政处罚："
                + ChineseWriting.fine(proposed.get(PartyKind.UNIT)),
            "你单位有权进行陈述和申辩", "请于收到本告知书之日起5个工作日内向本机关提出", "二〇二六年三月二日");
    assertThat(documentText(caseNo, "penalty-notice", 2)).contains("张三丰：", "当事人张三丰",
        "身份证件号码" + PRINCIPAL_ID, "工作单位上海某化工有限公司", "职务主要负责人",
        ChineseWriting.fine(proposed.get(PartyKind.PRINCIPAL)), "有权要求举行听证，具体见《听证告知书》");
    assertThat(documentText(caseNo, "hearing-notice", 2)).containsPattern("沪静应急听告〔2026〕\\d+号")
        .contains("听证告知书", "当事人张三丰", ChineseWriting.fine(proposed.get(PartyKind.PRINCIPAL)),
            "有要求举行听证的权利", "在收到本告知书之日起5个工作日内向本机关提出", "举行听证的七日前通知");
    // Reading without naming the party is ambiguous once both have their notice.
    ResponseEntity<String> whose = rest.as("jingan-handler")
        .getForEntity(readPath(caseNo, "penalty-notice", null), String.class);
    assertThat(whose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(whose.getBody()).contains("请用 party 参数指定当事人序号：1、2");
    // What the case can issue, per party: both notices issued, the unit's hearing notice (it has the right too) not
    // yet, the closure approval not before the leaders approved the closure.
    List<Map<String, Object>> available = rest.getList("jingan-handler",
        "/api/cases/" + caseNo + "/documents/available").getBody();
    assertThat(available).filteredOn(d -> "penalty-notice".equals(d.get("type")))
        .extracting(d -> d.get("party") + " " + d.get("state")).containsExactly("1 ISSUED", "2 ISSUED");
    assertThat(available).filteredOn(d -> "hearing-notice".equals(d.get("type")))
        .extracting(d -> d.get("party") + " " + d.get("state")).containsExactly("1 ISSUABLE", "2 ISSUED");
    assertThat(available).filteredOn(d -> "closure-approval".equals(d.get("type")))
        .singleElement().satisfies(d -> assertThat(d).containsEntry("party", null).containsEntry("state", "NOT_READY"));
    assertThat(documentStatus(caseNo, "legal-review-opinion", 2)).isEqualTo(HttpStatus.CONFLICT);

    // The principal's fine needs legal review: returned once, supplemented, then approved by a reviewer who did
    // not investigate.
    reviewAs("jingan-reviewer", caseNo, Map.of(LegalReviewProcess.Var.LEGAL_REVIEW_OUTCOME, "RETURNED",
        LegalReviewProcess.Var.LEGAL_REVIEW_OPINION, "请补充收入证明"));
    Task supplement = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION).singleResult();
    assertThat(rest.post("jingan-handler", "/engine-rest/task/" + supplement.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(LegalReviewProcess.Var.DRAFT_DECISION, "拟罚款（附收入证明）",
            CommonVariables.OPINION, "已补充")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> approval = approval("同意");
    reviewAs("jingan-reviewer", caseNo, approval);

    assertThat(documentText(caseNo, "legal-review-opinion", 2)).containsPattern("沪静应急法审〔2026〕\\d+号")
        .contains("法制审核意见书", "案件编号" + caseNo, "当事人张三丰（主要负责人）", "决定类型罚款",
            "拟作出的决定拟罚款（附收入证明）", "法律依据《中华人民共和国安全生产法》第一百零二条", "承办人静安区承办人",
            "法制审核人员静安区法制审核员", "执法主体合法、执法人员具备执法资格是", "执法程序合法是", "案件事实清楚是",
            "证据合法充分是", "适用法律依据准确是", "自由裁量适当（在裁量基准内）是", "执法文书完备、规范是",
            "已审查是否涉嫌犯罪需要移送司法机关是", "审核结论：同意", "审核意见：同意", "法制审核人员（签名）：静安区法制审核员");
    ResponseEntity<String> unreviewed = rest.as("jingan-reviewer")
        .postForEntity(documentPath(caseNo, "legal-review-opinion", 1), null, String.class);
    assertThat(unreviewed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(unreviewed.getBody()).contains("该当事人的处罚决定未经法制审核");

    // 100,000 yuan for a person also needs the leaders' collective discussion (penalty-review-requirements).
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION, PartyKind.PRINCIPAL, Map.of(
        Var.DISCUSSION_PARTICIPANTS, "jingan-leader,jingan-leader2,city-leader", Var.DISCUSSION_MINUTES,
        "一致同意按拟定意见处罚", Var.DISCUSSION_CONCLUSION, Code.PENALISE));
    // 集体讨论记录 of the principal's discussion; the unit's fine needed none.
    assertThat(documentText(caseNo, "collective-discussion", 2)).containsPattern("沪静应急讨〔2026〕\\d+号")
        .contains("集体讨论记录", "讨论日期二〇二六年三月二日", "参加人员静安区分管领导、", "一致同意按拟定意见处罚",
            "讨论结论作出处罚决定");
    assertThat(documentStatus(caseNo, "collective-discussion", 1)).isEqualTo(HttpStatus.CONFLICT);
    assertThat(documentStatus(caseNo, "case-handling-approval", 2)).isEqualTo(HttpStatus.CONFLICT);
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.PRINCIPAL)) {
      submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, kind,
          Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    }
    // 案件处理呈批表: the principal's proposal as the leaders approved it, who proposed and who approved.
    assertThat(documentText(caseNo, "case-handling-approval", 2)).containsPattern("沪静应急呈〔2026〕\\d+号")
        .contains("案件处理呈批表", "当事人张三丰（主要负责人）", "处理方式依裁量基准处罚", "承办人静安区承办人",
            "审批人静安区分管领导", "审批意见同意（二〇二六年三月二日）", "经本机关负责人集体讨论决定");
    Map<String, Object> penalty = penaltyCase(caseNo);
    List<Map<String, Object>> parties = parties(penalty);
    assertThat(parties).extracting(p -> p.get("decisionNo"))
        .allSatisfy(no -> assertThat(no.toString()).matches("沪静应急罚〔2026〕\\d+号"));
    String unitDecision = decisionOf(parties, PartyKind.UNIT);
    String principalDecision = decisionOf(parties, PartyKind.PRINCIPAL);
    // The decisions under the numbers they were given when decided.
    assertThat(documentText(caseNo, "penalty-decision", 1)).contains("行政处罚决定书", unitDecision,
        "当事人上海某化工有限公司", "违法事实：未采取措施消除事故隐患，逾期拒不整改", "调查情况和证据：经调查，企业逾期未消除事故隐患",
        "陈述申辩和听证：当事人在法定期限内未提出陈述、申辩意见，也未要求听证。",
        "本机关决定对你单位作出如下行政处罚：" + ChineseWriting.fine(fineOf(parties, PartyKind.UNIT)),
        "自收到本决定书之日起十五日内", "每日按罚款数额的百分之三加处罚款", "向上海市静安区人民政府申请行政复议",
        "二〇二六年三月二日");
    assertThat(documentText(caseNo, "penalty-decision", 2)).contains(principalDecision, "当事人张三丰",
        "法制审核和集体讨论：本案经本机关法制审核机构审核通过，经本机关负责人集体讨论决定。",
        ChineseWriting.fine(fineOf(parties, PartyKind.PRINCIPAL)));

    // Publication: both decisions are published; the person's name masked, the identity number never.
    for (Task publish : taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(LegalReviewProcess.USER_TASK_PUBLISH_DECISION).list()) {
      assertThat(rest.complete("jingan-handler", publish.getId(),
          Map.of(LegalReviewProcess.PublicationVar.PUBLICATION_CONFIRMED, true)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    String published = restTemplate.getForObject("/api/public/decisions?size=100", String.class);
    assertThat(published).contains(unitDecision, principalDecision, "张*丰")
        .doesNotContain(PRINCIPAL_NAME, PRINCIPAL_ID);

    // A payment before service is refused.
    assertThat(pay(unitDecision, 1000, "2026-03-02").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    TestClock.set("2026-03-03T10:00:00");
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.PRINCIPAL)) {
      submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_DECISION, kind,
          Map.of(Var.SERVED_ON, "2026-03-03", Var.SERVICE_METHOD, "DIRECT"));
    }

    // The unit pays in full within 15 days; not more than is due, and not on a day still to come.
    TestClock.set("2026-03-10T10:00:00");
    long unitFine = fineOf(parties, PartyKind.UNIT);
    ResponseEntity<String> overpaid = pay(unitDecision, unitFine + 1, "2026-03-10");
    assertThat(overpaid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overpaid.getBody()).contains("超过应缴金额");
    assertThat(pay(unitDecision, unitFine, "2026-03-11").getBody()).contains("不能晚于今天");
    ResponseEntity<String> unitPaid = pay(unitDecision, unitFine, "2026-03-10");
    assertThat(unitPaid.getStatusCode()).as(unitPaid.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + unitDecision).getBody())
        .containsEntry("status", "PAID").containsEntry("totalDueYuan", 0);
    assertThat(pay(unitDecision, 1, "2026-03-10").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // The principal does not: the period ends 2026-03-18, the surcharge accrues from the 19th (3 % a day).
    TestClock.set("2026-03-21T10:00:00");
    fireTimer(caseNo, DualPenaltyProcess.TIMER_PAYMENT_DUE);
    long principalFine = fineOf(parties, PartyKind.PRINCIPAL);
    Map<String, Object> due = rest.getMap("jingan-handler", "/api/penalties/" + principalDecision + "?on=2026-03-21")
        .getBody();
    assertThat(due).containsEntry("status", "OVERDUE").containsEntry("paymentDueOn", "2026-03-18")
        .containsEntry("overdueDays", 3);
    long surcharge = principalFine * 3 * 3 / 100;
    assertThat(((Number) due.get("surchargeYuan")).longValue()).isEqualTo(surcharge);
    assertThat(((Number) due.get("totalDueYuan")).longValue()).isEqualTo(principalFine + surcharge);
    // 罚款催缴通知书 to the party that did not pay, with the surcharge to the day; none to the one that paid.
    assertThat(documentText(caseNo, "payment-demand", 2)).containsPattern("沪静应急催〔2026〕\\d+号")
        .contains("罚款催缴通知书", principalDecision, "截至二〇二六年三月二十一日已加处罚款" + ChineseWriting.amount(surcharge),
            "十个工作日内缴纳罚款及加处罚款共计" + ChineseWriting.amount(principalFine + surcharge), "有权进行陈述和申辩");
    assertThat(documentStatus(caseNo, "payment-demand", 1)).isEqualTo(HttpStatus.CONFLICT);

    assertThat(pay(principalDecision, 1000, "2026-03-21").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).singleResult()).isNotNull();
    // The rest is recorded in Tasklist (登记缴款) with its receipt number; more than is due is refused there too.
    Task record = partyTask(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT, PartyKind.PRINCIPAL);
    rest.post("jingan-handler", "/engine-rest/task/" + record.getId() + "/claim", Map.of("userId", "jingan-handler"));
    ResponseEntity<String> tooMuch = rest.post("jingan-handler", "/engine-rest/task/" + record.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(Var.PAYMENT_AMOUNT_YUAN, principalFine + surcharge,
            Var.PAYMENT_PAID_ON, "2026-03-21", Var.PAYMENT_RECEIPT_NO, "沪财缴-0001"))));
    assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMuch.getBody()).contains("超过应缴金额");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT, PartyKind.PRINCIPAL,
        Map.of(Var.PAYMENT_AMOUNT_YUAN, principalFine + surcharge - 1000, Var.PAYMENT_PAID_ON, "2026-03-21",
            Var.PAYMENT_RECEIPT_NO, "沪财缴-0001"));

    assertThat(documentStatus(caseNo, "closure-approval", null)).isEqualTo(HttpStatus.CONFLICT);
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE, null,
        Map.of(Var.CLOSURE_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意结案"));
    assertThat(documentText(caseNo, "closure-approval", null)).containsPattern("沪静应急结〔2026〕\\d+号")
        .contains("结案审批表", "案件编号" + caseNo, "立案日期二〇二六年三月二日", "案由未采取措施消除事故隐患，逾期拒不整改",
            "当事人上海某化工有限公司（生产经营单位）；张三丰（主要负责人）",
            "处罚决定上海某化工有限公司：" + unitDecision + "，" + ChineseWriting.fine(unitFine),
            "张三丰：" + principalDecision, "执行情况上海某化工有限公司：已缴清；张三丰：已缴清", "承办人静安区承办人",
            "审批人静安区分管领导", "审批意见同意结案（二〇二六年三月二十一日）");
    assertThat(rest.getList("jingan-handler", "/api/cases/" + caseNo + "/documents").getBody())
        .extracting(d -> d.get("subject")).containsExactly("", "party-1", "party-2", "party-2", "party-2-review-2",
            "party-2", "party-2", "party-1", "party-2", "party-2", "");

    Map<String, Object> closed = ledger(caseNo);
    assertThat(closed.get("closedAt")).isNotNull();
    // What the KPIs count: every decision's fine, the persons penalised, the fines collected without surcharges.
    long decided = concludedFines(caseNo);
    assertThat(closed).containsEntry("outcome", DualPenaltyProcess.Outcome.CLOSED)
        .containsEntry("personsPenalised", 1);
    assertThat(((Number) closed.get("fineDecidedYuan")).longValue()).isEqualTo(decided);
    assertThat(((Number) closed.get("fineCollectedYuan")).longValue()).isEqualTo(decided);
    assertThat(((Number) closed.get("publications")).intValue()).isPositive();
    assertThat(closed.get("timeline").toString()).contains("DECISION", "PAYMENT", "ENFORCEMENT", "PUBLICATION");
    List<Map<String, Object>> concluded = parties(penaltyCase(caseNo));
    assertThat(concluded).extracting(p -> p.get("status")).containsOnly("PAID");
    @SuppressWarnings("unchecked")
    Map<String, Object> principalDue = (Map<String, Object>) concluded.stream()
        .filter(p -> "PRINCIPAL".equals(p.get("kind"))).findFirst().orElseThrow().get("due");
    assertThat((List<?>) principalDue.get("payments")).hasSize(2);
    assertThat(principalDue.get("payments").toString()).contains("receiptNo=沪财缴-0001", "recordedBy=jingan-handler");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);
  }

  @Test
  void aBadProposalIsRefusedAndOpensNoCase() {
    int before = jdbc.queryForObject("select count(*) from case_ledger where case_type = 'PN'", Integer.class);

    Map<String, Object> noPerson = proposal(null);
    noPerson.put("parties", List.of(unit()));
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/penalties", noPerson);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("一案双罚");

    Map<String, Object> badId = proposal(null);
    badId.put("parties", List.of(unit(), Map.of("kind", "PRINCIPAL", "name", PRINCIPAL_NAME,
        "idNumber", "310106198001011232", "lastYearIncomeYuan", 300000)));
    assertThat(rest.post("jingan-handler", "/api/penalties", badId).getBody()).contains("身份证号码");

    Map<String, Object> badArticle = proposal(null);
    badArticle.put("legalBasisArticle", "SPL-1");
    assertThat(rest.post("jingan-handler", "/api/penalties", badArticle).getBody()).contains("法律依据条款");

    // 行政处罚法 art. 36: not found within 2 years (5 where life and health were harmed), not penalised.
    Map<String, Object> undated = proposal(null);
    undated.remove("violationOn");
    assertThat(rest.post("jingan-handler", "/api/penalties", undated).getBody()).contains("违法行为发生日期");
    Map<String, Object> timeBarred = proposal(null);
    timeBarred.put("violationOn", "2024-03-01");
    assertThat(rest.post("jingan-handler", "/api/penalties", timeBarred).getBody())
        .contains("违法行为发生于2024-03-01，2年内未被发现", "行政处罚法第三十六条");
    Map<String, Object> harmedLongAgo = proposal(null);
    harmedLongAgo.put("violationOn", "2021-02-01");
    harmedLongAgo.put("lifeHealthHarm", true);
    assertThat(rest.post("jingan-handler", "/api/penalties", harmedLongAgo).getBody())
        .contains("涉及公民生命健康安全且有危害后果，5年内仍未被发现");
    Map<String, Object> future = proposal(null);
    future.put("violationOn", "2027-01-01");
    assertThat(rest.post("jingan-handler", "/api/penalties", future).getBody()).contains("违法行为发生日期", "不能晚于今天");

    assertThat(rest.post("jingan-handler", "/api/penalties", proposal(999_999L)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("changning-handler", "/api/penalties", proposal(null)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-reviewer", "/api/penalties", proposal(null)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(jdbc.queryForObject("select count(*) from case_ledger where case_type = 'PN'", Integer.class))
        .isEqualTo(before);
  }

  /**
   * 一案双罚 (安全生产法 arts. 114 and 95): in an accident case the unit is fined under art. 114 and its principal under
   * art. 95 — a LARGER accident, income 500,000 → 300,000 — and the principal's notice and decision cite art. 95,
   * never the unit's art. 114.
   */
  @Test
  void eachPartyIsPenalisedUnderItsOwnArticle() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("violationFacts", "未落实安全生产责任制，导致较大生产安全事故");
    body.put("legalBasisArticle", "SPL-114");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百一十四条第一款第（二）项");
    body.put("accidentGrade", "LARGER");
    body.put("parties", List.of(unit(), Map.of("kind", "PRINCIPAL", "name", PRINCIPAL_NAME, "idNumber", PRINCIPAL_ID,
        "lastYearIncomeYuan", 500000)));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    assertThat(parties(penaltyCase(caseNo))).extracting(p -> p.get("kind"), p -> p.get("legalBasisArticle"),
        p -> p.get("legalBasis")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("UNIT", "SPL-114", "《中华人民共和国安全生产法》第一百一十四条第一款第（二）项"),
        org.assertj.core.groups.Tuple.tuple("PRINCIPAL", "SPL-95", "《中华人民共和国安全生产法》第九十五条"));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "经调查，主要负责人未履行安全生产管理职责", CommonVariables.OPINION, "建议处罚"));

    Task principalTask = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.PRINCIPAL);
    assertThat(taskService.getVariable(principalTask.getId(), Var.LEGAL_BASIS_ARTICLE)).isEqualTo("SPL-95");
    assertThat(taskService.getVariable(principalTask.getId(), Var.FINE_MIN_YUAN)).isEqualTo(300_000L);
    assertThat(taskService.getVariable(principalTask.getId(), Var.FINE_MAX_YUAN)).isEqualTo(300_000L);
    Task unitTask = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT);
    assertThat(taskService.getVariable(unitTask.getId(), Var.FINE_MIN_YUAN)).isEqualTo(1_000_000L);

    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.PRINCIPAL,
        Map.of(Var.PROPOSED_FINE_YUAN, 300_000L, Var.DRAFT_DECISION, "拟罚款三十万元"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, PartyKind.PRINCIPAL,
        Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
    assertThat(documentText(caseNo, "penalty-notice", 2)).contains("依据《中华人民共和国安全生产法》第九十五条的规定")
        .doesNotContain("第一百一十四条");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, PartyKind.PRINCIPAL,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    Map<String, Object> approval = approval("同意");
    // The reviewer sees which party the review is for, the facts, the investigation, the statement, the range.
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(LegalReviewProcess.USER_TASK_REVIEW_DECISION).singleResult();
    assertThat(taskService.getVariables(review.getId())).containsEntry("partyName", PRINCIPAL_NAME)
        .containsEntry("partyKind", "PRINCIPAL").containsEntry("fineMinYuan", 300_000L)
        .containsEntry("fineMaxYuan", 300_000L).containsEntry("partyResponse", PartyResponse.NONE.code())
        .containsEntry("violationFacts", "未落实安全生产责任制，导致较大生产安全事故")
        .containsEntry("investigationReport", "经调查，主要负责人未履行安全生产管理职责");
    reviewAs("jingan-reviewer", caseNo, approval);
    assertThat(documentText(caseNo, "legal-review-opinion", 2)).contains("法律依据《中华人民共和国安全生产法》第九十五条");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION, PartyKind.PRINCIPAL, Map.of(
        Var.DISCUSSION_PARTICIPANTS, "jingan-leader,jingan-leader2,city-leader", Var.DISCUSSION_MINUTES,
        "一致同意", Var.DISCUSSION_CONCLUSION, Code.PENALISE));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.PRINCIPAL,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    assertThat(documentText(caseNo, "penalty-decision", 2))
        .contains("依据《中华人民共和国安全生产法》第九十五条的规定，本机关决定对你作出如下行政处罚："
            + ChineseWriting.fine(300_000L))
        .doesNotContain("第一百一十四条");
  }

  /**
   * 先行登记保存 (行政处罚法 art. 56) of a registered case's evidence: asked for by a handler of the district, approved by
   * the leaders in Tasklist, decided on within 7 working days; both steps in the case's record, in the forms' words.
   */
  @Test
  void evidenceIsPreservedWithTheLeadersApprovalAndDecidedWithinSevenWorkingDays() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("parties", List.of(unit()));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    String path = "/api/penalties/cases/" + caseNo + "/preservations";
    Map<String, Object> request = Map.of("items", "可燃气体报警控制器1台（存放于本局证物室）",
        "reason", "报警装置可能被更换，证据可能灭失");
    ResponseEntity<String> early = rest.post("jingan-handler", path, request);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("尚未立案");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));

    assertThat(rest.post("changning-handler", path, request).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("jingan-leader", path, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", path, Map.of("items", " ", "reason", "证据可能灭失")).getBody())
        .contains("请填写先行登记保存的物品");
    ResponseEntity<String> bare = rest.post("jingan-handler", "/engine-rest/process-definition/key/"
        + PreservationProcess.PROCESS_KEY + "/start", Map.of());
    assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> asked = rest.post("jingan-handler", path, request);
    assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);

    submit("jingan-leader", caseNo, PreservationProcess.USER_TASK_APPROVE_PRESERVATION, null,
        Map.of(PreservationProcess.Var.PRESERVATION_APPROVAL, PreservationProcess.Code.APPROVED));
    Task decision = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE).singleResult();
    assertThat(decision.getDueDate()).isEqualTo(deadline.workingDays("2026-03-02", 7));
    assertThat(decision.getName()).contains("对先行登记保存的证据作出处理决定", "上海某化工有限公司");
    submit("jingan-handler", caseNo, PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE, null,
        Map.of(PreservationProcess.Var.PRESERVATION_DECISION, PreservationDecision.TESTING.code(),
            CommonVariables.OPINION, "送市质检院检验报警装置"));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) ledger(caseNo).get("timeline");
    assertThat(timeline).filteredOn(r -> "TASK_COMPLETED".equals(r.get("kind")))
        .extracting(r -> r.get("activityName"), r -> r.get("outcomeName")).contains(
            org.assertj.core.groups.Tuple.tuple("审批先行登记保存", "同意先行登记保存"),
            org.assertj.core.groups.Tuple.tuple("对先行登记保存的证据作出处理决定", "送交检验、检测或者鉴定"));
  }

  /**
   * 行政处罚法 arts. 27, 35 and 国务院令第310号: a loss of 1,200,000 yuan meets the threshold of 重大责任事故罪, so the
   * registered case opens its transfer by itself; the safety manager's decision waits, the unit's does not. The
   * handlers report, the leaders approve, the case goes to the police within 24 hours with the documents art. 6
   * requires and its 移送书; the police open a case and the court fines the manager, who is then proposed anew and
   * not fined again (art. 35 para. 2). A second transfer while one runs, and a bare start, are refused.
   */
  @Test
  void aCaseMeetingACrimesThresholdIsTransferredAndThePersonsDecisionWaitsForTheOutcome() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("legalBasisArticle", "SPL-99");
    body.put("legalBasis", "《中华人民共和国安全生产法》第九十九条");
    body.put("directLossYuan", 1_200_000);
    body.put("parties", List.of(unit(), Map.of("kind", "MANAGER", "name", PRINCIPAL_NAME, "idNumber", PRINCIPAL_ID,
        "lastYearIncomeYuan", 200000, "legalBasisArticle", "SPL-96")));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    String transfers = "/api/penalties/cases/" + caseNo + "/transfers";
    Map<String, Object> request = Map.of("offence", "危险作业罪（《中华人民共和国刑法》第一百三十四条之一）",
        "reason", "拒不执行停止使用设备的决定");
    ResponseEntity<String> early = rest.post("jingan-handler", transfers, request);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("尚未立案");

    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    Task report = transferTask(caseNo, CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME);
    assertThat(report.getName()).contains("提出移送涉嫌犯罪案件书面报告");
    assertThat(taskService.getVariable(report.getId(), CrimeTransferProcess.Var.CRIME_THRESHOLD))
        .asString().contains("造成直接经济损失一百万元以上");
    ResponseEntity<String> twice = rest.post("jingan-handler", transfers, request);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody()).contains("已在移送司法机关程序中");
    assertThat(rest.post("changning-handler", transfers, request).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("jingan-leader", transfers, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", "/engine-rest/process-definition/key/" + CrimeTransferProcess.PROCESS_KEY
        + "/start", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME, null, Map.of(
        CrimeTransferProcess.Var.SUSPECTS, PRINCIPAL_NAME + "（安全管理人员）",
        CrimeTransferProcess.Var.TRANSFER_REPORT, "检修作业未落实隔离措施，引发火灾，直接经济损失约一百二十万元"));
    submit("jingan-leader", caseNo, CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER, null, Map.of(
        CrimeTransferProcess.Var.TRANSFER_APPROVAL, CrimeTransferProcess.Code.APPROVED, CommonVariables.OPINION, "同意移送"));
    Task toPolice = transferTask(caseNo, CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE);
    assertThat(toPolice.getDueDate()).isEqualTo(deadline.hours("2026-03-02T09:00:00", 24));
    rest.post("jingan-handler", "/engine-rest/task/" + toPolice.getId() + "/claim", Map.of("userId", "jingan-handler"));
    assertThat(refusal(toPolice, Map.of(CrimeTransferProcess.Var.POLICE_ORGAN, "上海市公安局静安分局",
        CrimeTransferProcess.Var.TRANSFERRED_ON, "2026-03-02",
        CrimeTransferProcess.Var.INVESTIGATION_REPORT_ATTACHED, true,
        CrimeTransferProcess.Var.ITEM_LIST_ATTACHED, false))).contains("涉案物品清单", "国务院令第310号第六条");
    assertThat(documentStatus(caseNo, "crime-transfer", null)).isEqualTo(HttpStatus.CONFLICT);
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE, null, Map.of(
        CrimeTransferProcess.Var.POLICE_ORGAN, "上海市公安局静安分局", CrimeTransferProcess.Var.TRANSFERRED_ON, "2026-03-02",
        CrimeTransferProcess.Var.INVESTIGATION_REPORT_ATTACHED, true, CrimeTransferProcess.Var.ITEM_LIST_ATTACHED, true,
        CrimeTransferProcess.Var.APPRAISAL_ATTACHED, true));
    assertThat(documentText(caseNo, "crime-transfer", null)).containsPattern("沪静应急移〔2026〕\\d+号")
        .contains("涉嫌犯罪案件移送书", "上海市公安局静安分局：", PRINCIPAL_NAME + "（安全管理人员）涉嫌重大责任事故罪",
            "造成直接经济损失一百万元以上", "涉嫌犯罪案件情况的调查报告；涉案物品清单；有关检验报告或者鉴定结论",
            "二〇二六年三月二日");

    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "经调查，检修作业未落实隔离措施", CommonVariables.OPINION, "建议处罚"));
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.MANAGER)) {
      proposeAndHearNothing(caseNo, kind, 15_000L);
    }
    // The unit is not suspected: it is decided. The manager waits for the criminal outcome.
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.UNIT,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED));
    assertThat(partyTask(caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.MANAGER)).isNull();

    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_RECORD_POLICE_DECISION, null, Map.of(
        CrimeTransferProcess.Var.POLICE_DECISION, CrimeTransferProcess.Code.FILED,
        CrimeTransferProcess.Var.POLICE_DECISION_ON, "2026-03-02", CommonVariables.OPINION, "静公（刑）立字〔2026〕15号"));
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME, null, Map.of(
        CrimeTransferProcess.Var.CRIMINAL_OUTCOME, CriminalOutcome.SENTENCED.code(),
        CrimeTransferProcess.Var.CRIMINAL_OUTCOME_DETAILS, "（2026）沪0106刑初88号：判处有期徒刑一年，缓刑一年，并处罚金二万元"));

    Task again = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.MANAGER);
    assertThat(again).as("the manager's proposal made anew").isNotNull();
    assertThat(taskService.getVariable(again.getId(), Var.CRIME_TRANSFER_CONCLUSION)).asString()
        .contains("已判处刑罚", "并处罚金二万元");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.MANAGER, Map.of(
        Var.DRAFT_DECISION, "不再给予罚款", Var.TREATMENT, PenaltyTreatment.NOT_PENALISED.code(),
        Var.MITIGATION_GROUND, MitigationGround.CRIMINAL_FINE_IMPOSED.code(),
        Var.MITIGATION_FACTS, "（2026）沪0106刑初88号判决已并处罚金二万元"));
    reviewAs("jingan-reviewer", caseNo, approval("同意不再给予罚款"));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.MANAGER,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    assertThat(documentText(caseNo, "no-penalty-decision", 2))
        .contains("依据《中华人民共和国行政处罚法》第三十五条第二款的规定");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) ledger(caseNo).get("timeline");
    assertThat(timeline).extracting(r -> r.get("outcomeName")).contains("涉嫌犯罪，启动移送", "批准移送",
        "恢复办理，重新拟定处罚意见");
  }

  /**
   * 行政复议 and 行政诉讼 (行政处罚法 art. 48 para. 2; 行政强制法 art. 53): a review or suit is recorded on the party's
   * decision. The review revokes the manager's decision: its collection ends and, left to the 3 working days, the
   * timer withdraws its publication with the reason. The unit's suit stops court enforcement; the court lowers the
   * fine (never raises it), which is owed from then on, and the handler withdraws the publication.
   */
  @Test
  void aReviewOrSuitIsRecordedOnTheDecisionAndAChangedOrRevokedDecisionLeavesThePublication() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("legalBasisArticle", "SPL-99");
    body.put("legalBasis", "《中华人民共和国安全生产法》第九十九条");
    body.put("parties", List.of(unit(), Map.of("kind", "MANAGER", "name", PRINCIPAL_NAME, "idNumber", PRINCIPAL_ID,
        "lastYearIncomeYuan", 200000, "legalBasisArticle", "SPL-96")));
    String caseNo = registeredCase(body);
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.MANAGER)) {
      proposeAndHearNothing(caseNo, kind, 15_000L);
      submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, kind,
          Map.of(Var.DECISION_APPROVAL, Code.APPROVED));
    }
    for (Task publish : taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(LegalReviewProcess.USER_TASK_PUBLISH_DECISION).list()) {
      rest.complete("jingan-handler", publish.getId(), Map.of(LegalReviewProcess.PublicationVar.PUBLICATION_CONFIRMED,
          true));
    }
    TestClock.set("2026-03-03T10:00:00");
    for (PartyKind kind : List.of(PartyKind.UNIT, PartyKind.MANAGER)) {
      submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_DECISION, kind,
          Map.of(Var.SERVED_ON, "2026-03-03", Var.SERVICE_METHOD, "DIRECT"));
    }
    List<Map<String, Object>> parties = parties(penaltyCase(caseNo));
    String unitDecision = decisionOf(parties, PartyKind.UNIT);
    String managerDecision = decisionOf(parties, PartyKind.MANAGER);

    // The manager asks for a review; the review body revokes the decision.
    TestClock.set("2026-03-05T10:00:00");
    String path = "/api/penalties/" + managerDecision + "/remedies";
    Map<String, Object> review = Map.of("kind", "RECONSIDERATION", "filedOn", "2026-03-04",
        "authority", "上海市静安区人民政府");
    assertThat(rest.post("jingan-leader", path, review).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("changning-handler", path, review).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("jingan-handler", path, Map.of("kind", "RECONSIDERATION", "filedOn", "2026-03-06",
        "authority", "上海市静安区人民政府")).getBody()).contains("不能晚于今天");
    assertThat(rest.post("jingan-handler", path, Map.of("kind", "APPEAL", "filedOn", "2026-03-04",
        "authority", "上海市静安区人民政府")).getBody()).contains("救济途径的取值无效");
    // Never over the engine's REST API: no bare start naming a decision.
    assertThat(rest.post("jingan-handler", "/engine-rest/process-definition/key/" + RemedyProcess.PROCESS_KEY
        + "/start", Map.of("variables", EngineRest.typed(Map.of(CommonVariables.CASE_NO, caseNo,
        RemedyProcess.Var.DECISION_NO, managerDecision, RemedyProcess.Var.REMEDY_KIND, "RECONSIDERATION"))))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> filed = rest.post("jingan-handler", path, review);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.post("jingan-handler", path, review).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    submit("jingan-handler", caseNo, RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME, null, Map.of(
        RemedyProcess.Var.REMEDY_OUTCOME, RemedyOutcome.REVOKED.code(), RemedyProcess.Var.REMEDY_DECIDED_ON, "2026-03-05",
        RemedyProcess.Var.REMEDY_DOCUMENT_NO, "静府复决字〔2026〕8号", CommonVariables.OPINION, "认定事实不清，撤销"));
    assertThat(partyTask(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT, PartyKind.MANAGER)).isNull();
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + managerDecision).getBody())
        .containsEntry("status", "REVOKED");
    assertThat(rest.post("jingan-handler", path, review).getBody()).contains("已被撤销");
    TestClock.set("2026-03-11T10:00:00");
    fireTimer(caseNo, RemedyProcess.TIMER_WITHDRAWAL_DUE);
    assertThat(rest.getMap("jingan-handler", "/api/publications/" + managerDecision).getBody().get("withdrawalReason"))
        .asString().contains("行政复议结果：撤销或者确认无效（静府复决字〔2026〕8号", "第四十八条第二款");

    // The unit sues and does not pay: once demanded and past the litigation period, no court enforcement while the
    // suit is pending.
    ResponseEntity<String> sued = rest.post("jingan-handler", "/api/penalties/" + unitDecision + "/remedies",
        Map.of("kind", "LITIGATION", "filedOn", "2026-03-11", "authority", "上海市静安区人民法院",
            "reference", "（2026）沪0106行初12号"));
    assertThat(sued.getStatusCode()).as(sued.getBody()).isEqualTo(HttpStatus.CREATED);
    TestClock.set("2026-03-21T10:00:00");
    fireTimer(caseNo, DualPenaltyProcess.TIMER_PAYMENT_DUE);
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_ISSUE_DEMAND, PartyKind.UNIT,
        Map.of(Var.DEMAND_SERVED_ON, "2026-03-21"));
    TestClock.set("2026-04-10T10:00:00");
    fireTimer(caseNo, DualPenaltyProcess.TIMER_DEMAND_PERIOD_ENDS);
    TestClock.set("2026-09-10T10:00:00");
    fireTimer(caseNo, DualPenaltyProcess.TIMER_ENFORCEMENT_WINDOW_OPENS);
    Task court = partyTask(caseNo, DualPenaltyProcess.USER_TASK_APPLY_COURT_ENFORCEMENT, PartyKind.UNIT);
    rest.post("jingan-handler", "/engine-rest/task/" + court.getId() + "/claim", Map.of("userId", "jingan-handler"));
    Map<String, Object> application = Map.of(Var.COURT_NAME, "上海市静安区人民法院", Var.COURT_APPLIED_ON, "2026-09-10");
    assertThat(refusal(court, application)).contains("不得申请人民法院强制执行", "行政强制法第五十三条");

    // The court lowers the fine (a higher one is refused); the new fine is owed, the publication withdrawn.
    Task outcome = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME).singleResult();
    rest.post("jingan-handler", "/engine-rest/task/" + outcome.getId() + "/claim", Map.of("userId", "jingan-handler"));
    Map<String, Object> changed = new LinkedHashMap<>(Map.of(RemedyProcess.Var.REMEDY_OUTCOME,
        RemedyOutcome.CHANGED.code(), RemedyProcess.Var.REMEDY_DECIDED_ON, "2026-09-09",
        RemedyProcess.Var.REMEDY_DOCUMENT_NO, "（2026）沪0106行初12号", CommonVariables.OPINION, "判决变更罚款",
        RemedyProcess.Var.CHANGED_FINE_YUAN, 20_000L));
    assertThat(refusal(outcome, changed)).contains("变更不得加重当事人的义务");
    // The outcome cannot move to another decision: the step's read-only decision number is not the caller's to change.
    Map<String, Object> elsewhere = new LinkedHashMap<>(changed);
    elsewhere.put(RemedyProcess.Var.DECISION_NO, managerDecision);
    elsewhere.put(RemedyProcess.Var.CHANGED_FINE_YUAN, 10_000L);
    assertThat(refusal(outcome, elsewhere)).contains("「处罚决定书文号」是只读内容，不能修改");
    changed.put(RemedyProcess.Var.CHANGED_FINE_YUAN, 10_000L);
    submit("jingan-handler", caseNo, RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME, null, changed);
    assertThat(rest.getMap("jingan-handler", "/api/penalties/" + unitDecision).getBody()).containsEntry("fineYuan",
        10_000);
    Task withdrawal = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION).singleResult();
    assertThat(withdrawal.getDueDate()).isEqualTo(deadline.workingDays("2026-09-10", 3));
    submit("jingan-handler", caseNo, RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION, null,
        Map.of(RemedyProcess.Var.WITHDRAWAL_REASON, "经人民法院判决变更罚款数额，撤回原处罚决定信息"));
    assertThat(rest.getMap("jingan-handler", "/api/publications/" + unitDecision).getBody())
        .containsEntry("withdrawalReason", "经人民法院判决变更罚款数额，撤回原处罚决定信息");
    assertThat(restTemplate.getForObject("/api/public/decisions?size=100", String.class))
        .doesNotContain(unitDecision, managerDecision);
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_APPLY_COURT_ENFORCEMENT, PartyKind.UNIT,
        application);
    assertThat(((Number) ledger(caseNo).get("fineDecidedYuan")).longValue()).isEqualTo(10_000L);
    assertThat(ledger(caseNo).get("timeline").toString()).contains("已提起行政诉讼", "已申请行政复议", "撤销或者确认无效",
        "变更处罚决定", "已撤回公示");
  }

  /**
   * 安全生产法 art. 112: a unit fined and ordered to correct that refused is penalised day by day at the earlier fine,
   * from the day after the order to the day the refusal was found — the amount computed, not typed, approved by the
   * leaders as a fine beyond the range and explained in the decision. Only the same party's earlier fine counts.
   */
  @Test
  void aUnitThatRefusesToCorrectIsPenalisedDayByDay() {
    Map<String, Object> first = proposal(null);
    first.remove("overdueUncorrected");
    first.put("parties", List.of(unit()));
    String earlier = registeredCase(first);
    proposeAndHearNothing(earlier, PartyKind.UNIT, 20_000L);
    submit("jingan-leader", earlier, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.UNIT,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED));
    String earlierDecision = decisionOf(parties(penaltyCase(earlier)), PartyKind.UNIT);

    String caseNo = registeredCase(first);
    Task proposalTask = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT);
    rest.post("jingan-handler", "/engine-rest/task/" + proposalTask.getId() + "/claim", Map.of("userId", "jingan-handler"));
    Map<String, Object> daily = new LinkedHashMap<>(Map.of(Var.DRAFT_DECISION, "按日连续处罚", Var.DAILY_PENALTY, true,
        Var.ORIGINAL_DECISION_NO, earlierDecision, Var.CORRECTION_ORDERED_ON, "2026-02-20",
        Var.REFUSAL_FOUND_ON, "2026-02-19"));
    assertThat(refusal(proposalTask, daily)).contains("复查发现拒不改正之日须晚于作出责令改正之日");
    daily.put(Var.REFUSAL_FOUND_ON, "2026-03-01");
    daily.put(Var.ORIGINAL_DECISION_NO, "沪静应急罚〔2026〕99999号");
    assertThat(refusal(proposalTask, daily)).contains("未找到原行政处罚决定");
    daily.put(Var.ORIGINAL_DECISION_NO, earlierDecision);
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT, daily);
    // 9 days (02-21 … 03-01) at 20,000 yuan: beyond the range, so the leaders approve it first.
    Task deviation = partyTask(caseNo, DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION, PartyKind.UNIT);
    assertThat(taskService.getVariable(deviation.getId(), Var.PROPOSED_FINE_YUAN)).isEqualTo(180_000L);
    assertThat(taskService.getVariable(deviation.getId(), Var.DAILY_PENALTY_DAYS)).isEqualTo(9L);
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION, PartyKind.UNIT,
        Map.of(Var.DEVIATION_APPROVAL, Code.APPROVED));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, PartyKind.UNIT,
        Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, PartyKind.UNIT,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    reviewAs("jingan-reviewer", caseNo, approval("同意按日连续处罚"));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.UNIT,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    assertThat(fineOf(parties(penaltyCase(caseNo)), PartyKind.UNIT)).isEqualTo(180_000L);
    assertThat(documentText(caseNo, "penalty-decision", 1)).contains(ChineseWriting.fine(180_000),
        "被责令改正且受到罚款处罚（" + earlierDecision + "）后拒不改正",
        "第一百一十二条", "自二〇二六年二月二十日的次日起至二〇二六年三月一日", "共9日");
  }

  /**
   * 任职限制 (安全生产法 art. 94 para. 3): the sentenced principal, named on the criminal outcome with the end of his
   * sentence, may not lead any unit for five years from then; a dismissal is recorded by a handler. The ban is found by
   * identity number in every district, and a new case naming him as a principal is flagged on its forms and record.
   */
  @Test
  void aSentencedOrDismissedPrincipalIsBarredForFiveYearsAndFlaggedWhereverHeLeadsAUnit() {
    Map<String, Object> body = proposal(null);
    body.put("directLossYuan", 1_500_000);
    body.put("parties", List.of(unit(), Map.of("kind", "PRINCIPAL", "name", BANNED_NAME, "idNumber", BANNED_ID,
        "lastYearIncomeYuan", 300000)));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME, null, Map.of(
        CrimeTransferProcess.Var.SUSPECTS, BANNED_NAME + "（主要负责人）",
        CrimeTransferProcess.Var.TRANSFER_REPORT, "拒不整改，引发火灾，直接经济损失约一百五十万元"));
    submit("jingan-leader", caseNo, CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER, null, Map.of(
        CrimeTransferProcess.Var.TRANSFER_APPROVAL, CrimeTransferProcess.Code.APPROVED, CommonVariables.OPINION, "同意移送"));
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE, null, Map.of(
        CrimeTransferProcess.Var.POLICE_ORGAN, "上海市公安局静安分局", CrimeTransferProcess.Var.TRANSFERRED_ON, "2026-03-02",
        CrimeTransferProcess.Var.INVESTIGATION_REPORT_ATTACHED, true, CrimeTransferProcess.Var.ITEM_LIST_ATTACHED, true));
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_RECORD_POLICE_DECISION, null, Map.of(
        CrimeTransferProcess.Var.POLICE_DECISION, CrimeTransferProcess.Code.FILED,
        CrimeTransferProcess.Var.POLICE_DECISION_ON, "2026-03-02", CommonVariables.OPINION, "静公（刑）立字〔2026〕16号"));

    Task outcome = transferTask(caseNo, CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME);
    rest.post("jingan-handler", "/engine-rest/task/" + outcome.getId() + "/claim", Map.of("userId", "jingan-handler"));
    Map<String, Object> sentenced = new LinkedHashMap<>(Map.of(
        CrimeTransferProcess.Var.CRIMINAL_OUTCOME, CriminalOutcome.DROPPED.code(),
        CrimeTransferProcess.Var.CRIMINAL_OUTCOME_DETAILS, "（2026）沪0106刑初99号：判处有期徒刑一年六个月",
        CrimeTransferProcess.Var.PRINCIPAL_SENTENCED, true));
    assertThat(refusal(outcome, sentenced)).contains("只有已判处刑罚的");
    sentenced.put(CrimeTransferProcess.Var.CRIMINAL_OUTCOME, CriminalOutcome.SENTENCED.code());
    assertThat(refusal(outcome, sentenced)).contains("请填写刑罚执行完毕之日");
    sentenced.put(CrimeTransferProcess.Var.SENTENCE_COMPLETED_ON, "2026-03-01");
    assertThat(refusal(outcome, sentenced)).contains("刑罚执行完毕之日不能早于公安机关立案日期");
    // Beyond the years the calendar covers: a day, not a deadline.
    sentenced.put(CrimeTransferProcess.Var.SENTENCE_COMPLETED_ON, "2027-09-01");
    submit("jingan-handler", caseNo, CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME, null, sentenced);

    String bans = "/api/penalties/cases/" + caseNo + "/principal-bans";
    ResponseEntity<List<Map<String, Object>>> ofCase = rest.getList("jingan-handler", bans);
    assertThat(ofCase.getBody()).singleElement().satisfies(ban -> assertThat(ban)
        .containsEntry("personName", BANNED_NAME).containsEntry("basis", "CRIMINAL_PENALTY")
        .containsEntry("startsOn", "2027-09-01").containsEntry("endsOn", "2032-08-31").containsEntry("sector", null));
    ResponseEntity<List<Map<String, Object>>> found = rest.getList("changning-handler",
        "/api/penalties/principal-bans?idNumber=" + BANNED_ID);
    assertThat(found.getBody()).as("a ban holds in every district").extracting(b -> b.get("caseNo"))
        .containsExactly(caseNo);
    assertThat(rest.as("changning-handler").getForEntity("/api/penalties/principal-bans?idNumber=310106197505051233",
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.as("admin").getForEntity("/api/penalties/principal-bans?idNumber=" + BANNED_ID, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // A dismissal, recorded by a handler of the case's district only, for the principal only.
    Map<String, Object> dismissal = new LinkedHashMap<>(Map.of("basis", "DISMISSAL",
        "basisDocument", "静安区国资委关于给予李四撤职处分的决定（静国资〔2026〕5号）", "startsOn", "2026-02-27"));
    assertThat(rest.post("jingan-reviewer", bans, dismissal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("changning-handler", bans, dismissal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> lifelong = new LinkedHashMap<>(dismissal);
    lifelong.put("basis", "MAJOR_ACCIDENT");
    assertThat(rest.post("jingan-handler", bans, lifelong).getBody()).contains("随处罚决定自动登记");
    Map<String, Object> unitParty = new LinkedHashMap<>(dismissal);
    unitParty.put("partyNo", 1);
    ResponseEntity<String> notPrincipal = rest.post("jingan-handler", bans, unitParty);
    assertThat(notPrincipal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notPrincipal.getBody()).contains("只适用于主要负责人");
    ResponseEntity<String> dismissed = rest.post("jingan-handler", bans, dismissal);
    assertThat(dismissed.getStatusCode()).as(dismissed.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(dismissed.getBody()).contains("\"endsOn\":\"2031-02-26\"");
    Map<String, Object> noPrincipal = proposal(null);
    noPrincipal.remove("overdueUncorrected");
    noPrincipal.put("parties", List.of(unit()));
    ResponseEntity<String> unitOnly = rest.post("jingan-handler", "/api/penalties", noPrincipal);
    String unitCase = unitOnly.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    assertThat(rest.post("jingan-handler", "/api/penalties/cases/" + unitCase + "/principal-bans", dismissal)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // He leads another unit: the new case is flagged from its registration on.
    Map<String, Object> again = proposal(null);
    again.put("enterpriseName", "上海另一化工有限公司");
    again.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海另一化工有限公司", "uscc", EngineRest.VALID_USCC),
        Map.of("kind", "PRINCIPAL", "name", BANNED_NAME, "idNumber", BANNED_ID, "lastYearIncomeYuan", 300000)));
    ResponseEntity<String> flaggedCase = rest.post("jingan-handler", "/api/penalties", again);
    String flagged = flaggedCase.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    Task registration = taskService.createTaskQuery().processInstanceBusinessKey(flagged)
        .taskDefinitionKey(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION).singleResult();
    assertThat(taskService.getVariable(registration.getId(), Var.PRINCIPAL_BAN_NOTICE)).asString()
        .contains("主要负责人处于任职限制期内", BANNED_NAME, "受刑事处罚", "至二〇三二年八月三十一日", "受撤职处分",
            "案件" + caseNo);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) ledger(flagged).get("timeline");
    assertThat(timeline).extracting(r -> r.get("outcomeName")).contains("主要负责人处于任职限制期内");
  }

  /**
   * Responsibility for a major accident bars the principal for life from leading a unit of the industry (安全生产法
   * art. 94 para. 3): recorded by his decision itself, from its day.
   */
  @Test
  void aPrincipalPenalisedForAMajorAccidentIsBarredForLifeInItsIndustry() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("violationFacts", "未履行安全生产管理职责，导致重大生产安全事故");
    body.put("legalBasisArticle", "SPL-114");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百一十四条第一款第（三）项");
    body.put("accidentGrade", "MAJOR");
    body.put("parties", List.of(unit(), Map.of("kind", "PRINCIPAL", "name", "赵六", "idNumber", LIFELONG_ID,
        "lastYearIncomeYuan", 500000)));
    String caseNo = registeredCase(body);
    Task principalTask = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.PRINCIPAL);
    long fine = ((Number) taskService.getVariable(principalTask.getId(), Var.FINE_MIN_YUAN)).longValue();
    proposeAndHearNothing(caseNo, PartyKind.PRINCIPAL, fine);
    reviewAs("jingan-reviewer", caseNo, approval("同意"));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION, PartyKind.PRINCIPAL, Map.of(
        Var.DISCUSSION_PARTICIPANTS, "jingan-leader,jingan-leader2,city-leader", Var.DISCUSSION_MINUTES,
        "一致同意", Var.DISCUSSION_CONCLUSION, Code.PENALISE));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.PRINCIPAL,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    String decisionNo = decisionOf(parties(penaltyCase(caseNo)), PartyKind.PRINCIPAL);
    ResponseEntity<List<Map<String, Object>>> bans = rest.getList("jingan-leader",
        "/api/penalties/cases/" + caseNo + "/principal-bans");
    assertThat(bans.getBody()).singleElement().satisfies(ban -> assertThat(ban)
        .containsEntry("basis", "MAJOR_ACCIDENT").containsEntry("startsOn", "2026-03-02")
        .containsEntry("endsOn", null).containsEntry("sector", "HAZARDOUS_CHEMICALS")
        .containsEntry("basisDocument", "行政处罚决定书" + decisionNo));
  }

  /**
   * 询问笔录 (行政处罚法 art. 55): each interview of a registered case is recorded by a handler with two certified officers
   * and its record issued at once, numbered, for the person to sign; a bad interview is refused whole.
   */
  @Test
  void eachInterviewIsRecordedWithTwoOfficersAndIssuesItsOwnRecord() {
    Map<String, Object> body = proposal(null);
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    String interviews = "/api/penalties/cases/" + caseNo + "/interviews";
    Map<String, Object> interview = new LinkedHashMap<>();
    interview.put("name", PRINCIPAL_NAME);
    interview.put("gender", "男");
    interview.put("idNumber", PRINCIPAL_ID);
    interview.put("employer", "上海某化工有限公司");
    interview.put("position", "总经理");
    interview.put("phone", "13800000000");
    interview.put("relation", "当事单位主要负责人");
    interview.put("place", "本局第一询问室");
    interview.put("startedAt", "2026-03-01T14:00:00");
    interview.put("endedAt", "2026-03-01T14:50:00");
    interview.put("officers", List.of("jingan-handler", "jingan-handler2"));
    interview.put("recorder", "jingan-handler2");
    interview.put("questions", List.of(
        Map.of("question", "你单位的储罐区可燃气体报警器为什么停用？", "answer", "报警器误报多，去年十月起关掉了。"),
        Map.of("question", "停用后采取了什么措施？", "answer", "没有采取其他措施。")));
    ResponseEntity<String> early = rest.post("jingan-handler", interviews, interview);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).contains("尚未立案");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));

    Map<String, Object> bad = new LinkedHashMap<>(interview);
    bad.put("idNumber", "310106198001011232");
    bad.put("endedAt", "2026-03-01T13:50:00");
    bad.put("officers", List.of("jingan-handler"));
    ResponseEntity<String> refused = rest.post("jingan-handler", interviews, bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("被询问人身份证号码无效", "询问结束时间须晚于开始时间", "只列明了1名",
        "记录人应当是询问人之一");
    Map<String, Object> later = new LinkedHashMap<>(interview);
    later.put("endedAt", "2026-03-02T10:00:00");
    assertThat(rest.post("jingan-handler", interviews, later).getBody()).contains("询问结束时间不能晚于现在");
    Map<String, Object> noQuestions = new LinkedHashMap<>(interview);
    noQuestions.put("questions", List.of());
    assertThat(rest.post("jingan-handler", interviews, noQuestions).getBody()).contains("请填写询问的问题和回答");
    assertThat(rest.post("jingan-reviewer", interviews, interview).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("changning-handler", interviews, interview).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getList("jingan-handler", interviews).getBody()).as("nothing written by a refusal").isEmpty();

    ResponseEntity<String> first = rest.post("jingan-handler", interviews, interview);
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody()).containsPattern("\"documentNo\":\"沪静应急询〔2026〕\\d+号\"").contains("\"seq\":1");
    Map<String, Object> witness = new LinkedHashMap<>(interview);
    witness.put("name", "王小二");
    witness.put("gender", "女");
    witness.put("idNumber", BANNED_ID);
    witness.put("position", "安全员");
    witness.put("relation", "证人");
    witness.put("startedAt", "2026-03-01T23:30:00");
    witness.put("endedAt", "2026-03-02T00:20:00");
    witness.put("questions", List.of(Map.of("question", "报警器停用是谁决定的？", "answer", "是总经理张三丰决定的。")));
    ResponseEntity<String> second = rest.post("jingan-handler", interviews, witness);
    assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getList("jingan-leader", interviews).getBody()).extracting(i -> i.get("seq"), i -> i.get("name"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PRINCIPAL_NAME),
            org.assertj.core.groups.Tuple.tuple(2, "王小二"));

    String firstRecord = PdfPages.text(rest.as("jingan-leader").getForEntity("/api/cases/" + caseNo
        + "/documents/interview-record.pdf?subject=interview-1", byte[].class).getBody());
    assertThat(firstRecord).contains("询问笔录", "二〇二六年三月一日14时00分至14时50分", "本局第一询问室", PRINCIPAL_NAME,
        PRINCIPAL_ID, "当事单位主要负责人", "310106-0001", "310106-0002", "第1次",
        "问：你单位的储罐区可燃气体报警器为什么停用？", "答：报警器误报多，去年十月起关掉了。",
        "有权申请回避", "以上笔录我已看过（或者已向我宣读），与我所说的相符。", "被询问人（签名）")
        .doesNotContain("王小二");
    assertThat(documentText(caseNo, "interview-record", null)).as("the latest interview, issued already")
        .contains("王小二", "二〇二六年三月一日23时30分至二〇二六年三月二日0时20分", "第2次", "证人");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) ledger(caseNo).get("timeline");
    assertThat(timeline).extracting(r -> r.get("outcomeName")).contains("第1次询问", "第2次询问");
  }

  /** 拟定处罚意见 with the fine, the notice served on 03-02, and no statement. */
  private void proposeAndHearNothing(String caseNo, PartyKind kind, long fine) {
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, kind,
        Map.of(Var.PROPOSED_FINE_YUAN, fine, Var.DRAFT_DECISION, "拟罚款" + fine + "元"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, kind,
        Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, kind,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
  }

  /** Proposes the case, has the leaders register it and the handler close the investigation; its number. */
  private String registeredCase(Map<String, Object> body) {
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "调查终结", CommonVariables.OPINION, "建议处罚"));
    return caseNo;
  }

  private Task transferTask(String caseNo, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).processDefinitionKey(
        CrimeTransferProcess.PROCESS_KEY).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " of " + caseNo).isNotNull();
    return task;
  }

  /** The limitation counts from the day the violation ended; one still going on, or harmful within 5 years, is registered. */
  @Test
  void aViolationStillGoingOnOrHarmfulWithinFiveYearsIsRegistered() {
    Map<String, Object> continuing = proposal(null);
    continuing.put("violationOn", "2023-01-10");
    continuing.put("violationContinuing", true);
    ResponseEntity<String> registered = rest.post("jingan-handler", "/api/penalties", continuing);
    assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> harmful = proposal(null);
    harmful.put("violationOn", "2022-06-01");
    harmful.put("lifeHealthHarm", true);
    registered = rest.post("jingan-handler", "/api/penalties", harmful);
    assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  /**
   * 行政处罚法 arts. 32, 33, 57: the fine never exceeds the range; a lighter, reduced or no penalty names a circumstance
   * the decision table permits for it. Not to penalise serves no notice, is reviewed and decided by the leaders, and
   * issues a 不予行政处罚决定书 citing the circumstance's article — never a 行政处罚决定书.
   */
  @Test
  void aProposalNotToPenaliseNamesItsCircumstanceAndIssuesItsOwnDecision() {
    Map<String, Object> body = proposal(null);
    body.remove("overdueUncorrected");
    body.put("parties", List.of(unit()));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "经调查，隐患已于检查当日整改完毕，未造成危害后果", CommonVariables.OPINION, "建议不予处罚"));

    Task proposal = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT);
    rest.post("jingan-handler", "/engine-rest/task/" + proposal.getId() + "/claim", Map.of("userId", "jingan-handler"));
    assertThat(refusal(proposal, Map.of(Var.PROPOSED_FINE_YUAN, 60_000L, Var.DRAFT_DECISION, "拟罚款六万元")))
        .contains("超过法定罚款上限50000元");
    assertThat(refusal(proposal, Map.of(Var.PROPOSED_FINE_YUAN, 20_000L, Var.DRAFT_DECISION, "拟从轻罚款",
        Var.TREATMENT, PenaltyTreatment.LIGHTER.code()))).contains("从轻处罚的情形", "从轻处罚情形的事实和证据");
    assertThat(refusal(proposal, Map.of(Var.DRAFT_DECISION, "拟不予处罚", Var.TREATMENT,
        PenaltyTreatment.NOT_PENALISED.code(), Var.MITIGATION_GROUND, MitigationGround.HARM_ELIMINATED.code(),
        Var.MITIGATION_FACTS, "已整改"))).contains("「主动消除或者减轻违法行为危害后果」不是不予行政处罚的法定情形");

    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT, Map.of(
        Var.DRAFT_DECISION, "拟不予行政处罚", Var.TREATMENT, PenaltyTreatment.NOT_PENALISED.code(),
        Var.MITIGATION_GROUND, MitigationGround.MINOR_AND_CORRECTED.code(),
        Var.MITIGATION_FACTS, "检查当日即清理了堵塞的安全出口，未造成危害后果"));
    assertThat(partyTask(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, PartyKind.UNIT)).isNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(LegalReviewProcess.USER_TASK_REVIEW_DECISION);
    Map<String, Object> approval = approval("同意不予处罚");
    reviewAs("jingan-reviewer", caseNo, approval);
    assertThat(documentStatus(caseNo, "no-penalty-decision", 1)).isEqualTo(HttpStatus.CONFLICT);
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY, PartyKind.UNIT,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意不予行政处罚"));

    assertThat(parties(penaltyCase(caseNo))).singleElement()
        .satisfies(party -> assertThat(party).containsEntry("status", "NOT_PENALISED"));
    assertThat(documentText(caseNo, "no-penalty-decision", 1))
        .containsPattern("沪静应急不罚〔2026〕\\d+号")
        .contains("不予行政处罚决定书", "违法行为轻微并及时改正，没有造成危害后果：检查当日即清理了堵塞的安全出口",
            "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本机关决定对你单位不予行政处罚");
    assertThat(documentStatus(caseNo, "penalty-decision", 1)).isEqualTo(HttpStatus.CONFLICT);
  }

  private String refusal(Task task, Map<String, Object> variables) {
    ResponseEntity<String> refused = rest.post("jingan-handler", "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return refused.getBody();
  }

  /**
   * 安全生产法 art. 102's first tier: a unit that has not yet refused to comply is fined alone (no exemption needed),
   * and a person cannot be penalised under it before 拒不执行.
   */
  @Test
  void aFirstViolationFinesOnlyTheUnit() {
    Map<String, Object> first = proposal(null);
    first.remove("overdueUncorrected");
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/penalties", first);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("逾期未改正");
    first.put("parties", List.of(unit()));
    assertThat(rest.post("jingan-handler", "/api/penalties", first).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anExemptionLetsTheUnitBePenalisedAloneAndAReferralIsTakenUpOnce() {
    String hazardNo = referredHazard();
    long referralId = openReferralOf(hazardNo);
    Map<String, Object> exempted = proposal(referralId);
    exempted.put("parties", List.of(unit()));
    exempted.put("exemptionReason", "主要负责人已在事故中死亡");
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", exempted);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意，负责人已死亡不予追究"));
    assertThat(ledger(caseNo).get("timeline").toString()).contains("EXEMPTION_APPROVED", "主要负责人已在事故中死亡");
    assertThat(parties(penaltyCase(caseNo))).singleElement().satisfies(p -> assertThat(p).containsEntry("kind", "UNIT"));
    ResponseEntity<String> again = rest.post("jingan-handler", "/api/penalties", proposal(referralId));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("该移送已立案");
    assertThat(rest.post("changning-handler", "/api/penalties", proposal(referralId)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theTasklistStartFormNamesTheResponsiblePersonsInSingleFields() {
    // What Tasklist submits for the start form: the unit is the enterprise, the persons single fields; numbers
    // come as decimals from the form.
    Map<String, Object> form = proposal(null);
    form.remove("parties");
    form.put("principalName", PRINCIPAL_NAME);
    form.put("principalIdNumber", PRINCIPAL_ID);
    form.put("principalIncomeYuan", 300000.0);
    ResponseEntity<String> started = rest.post("jingan-handler", "/engine-rest/process-definition/key/"
        + DualPenaltyProcess.PROCESS_KEY + "/submit-form", Map.of("variables", EngineRest.typed(form)));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String caseNo = runtimeService.createProcessInstanceQuery().processInstanceId(
        started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).singleResult().getBusinessKey();
    assertThat(parties(penaltyCase(caseNo))).extracting(p -> p.get("kind"), p -> p.get("name"),
        p -> p.get("lastYearIncomeYuan")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("UNIT", "上海某化工有限公司", null),
        org.assertj.core.groups.Tuple.tuple("PRINCIPAL", PRINCIPAL_NAME, 300000));

    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION, null,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE, null,
        Map.of(Var.INVESTIGATION_REPORT, "调查终结"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT,
        Map.of(Var.PROPOSED_FINE_YUAN, 40000.0, Var.DRAFT_DECISION, "拟罚款四万元"));
    Task notice = partyTask(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, PartyKind.UNIT);
    assertThat(taskService.getVariable(notice.getId(), Var.HEARING_RIGHT)).isEqualTo(true);

    // The unit asks for a hearing: announced 7 working days ahead, on a working day, by a host who did not investigate.
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, PartyKind.UNIT,
        Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE, PartyKind.UNIT,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.HEARING_REQUESTED.code()));
    Task schedule = partyTask(caseNo, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING, PartyKind.UNIT);
    ResponseEntity<String> byInvestigator = rest.post("jingan-handler", "/engine-rest/task/" + schedule.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.HEARING_HOST, "jingan-handler2",
        Var.HEARING_DATE, "2026-03-16", Var.HEARING_LOCATION, "听证室"))));
    assertThat(byInvestigator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(byInvestigator.getBody()).contains("「听证主持人（非本案承办人、调查人员）」只能从列出的人员中选择，"
        + "jingan-handler2 不在其中");
    // Past the picker (an administrator's call), the lifecycle's own rule still refuses an investigator as host.
    ResponseEntity<String> adminsInvestigator = rest.post("admin", "/engine-rest/task/" + schedule.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.HEARING_HOST, "jingan-handler2",
        Var.HEARING_DATE, "2026-03-16", Var.HEARING_LOCATION, "听证室"))));
    assertThat(adminsInvestigator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(adminsInvestigator.getBody()).contains("听证主持人不能是本案承办人或调查人员：jingan-handler2");
    ResponseEntity<String> tooSoon = rest.post("jingan-handler", "/engine-rest/task/" + schedule.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.HEARING_HOST, "jingan-reviewer",
        Var.HEARING_DATE, "2026-03-06", Var.HEARING_LOCATION, "听证室"))));
    assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // 行政处罚法 art. 64 with art. 85: 7 working days from the notice served on Mon 03-02 — Wed 03-11 at the earliest.
    assertThat(tooSoon.getBody()).contains("听证日期不能早于送达听证通知后7个工作日的最早日期（2026-03-11）");
    ResponseEntity<String> onASaturday = rest.post("jingan-handler", "/engine-rest/task/" + schedule.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.HEARING_HOST, "jingan-reviewer",
        Var.HEARING_DATE, "2026-03-14", Var.HEARING_LOCATION, "听证室"))));
    assertThat(onASaturday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(onASaturday.getBody()).contains("听证日期（2026-03-14）不是工作日，最早可定于2026-03-11");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING, PartyKind.UNIT,
        Map.of(Var.HEARING_HOST, "jingan-reviewer", Var.HEARING_DATE, "2026-03-16", Var.HEARING_LOCATION, "听证室"));
    Task hearing = partyTask(caseNo, DualPenaltyProcess.USER_TASK_HOLD_HEARING, PartyKind.UNIT);
    assertThat(hearing.getAssignee()).isEqualTo("jingan-reviewer");
    // The engine refuses the hearing to an investigator however it is reached, even from an administrator.
    ResponseEntity<String> reassigned = rest.post("admin", "/engine-rest/task/" + hearing.getId() + "/assignee",
        Map.of("userId", "jingan-handler2"));
    assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reassigned.getBody()).contains("职责分离");

    // The hearing adjusts: no heavier fine than the 40,000 notified (art. 45 para 2), unless new facts are recorded.
    submit("jingan-reviewer", caseNo, DualPenaltyProcess.USER_TASK_HOLD_HEARING, PartyKind.UNIT,
        Map.of(Var.HEARING_MINUTES, "当事人称已部分整改", Var.HEARING_CONCLUSION, Code.ADJUST));
    Task again = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT);
    ResponseEntity<String> heavier = rest.post("jingan-handler", "/engine-rest/task/" + again.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.PROPOSED_FINE_YUAN, 45000,
        Var.DRAFT_DECISION, "拟罚款四万五千元"))));
    assertThat(heavier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(heavier.getBody()).contains("陈述申辩或听证后不得加重处罚", "拟罚款45000元高于已告知的40000元");
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.UNIT,
        Map.of(Var.PROPOSED_FINE_YUAN, 30000, Var.DRAFT_DECISION, "拟罚款三万元"));

    // Form errors come back in Chinese and leave the task open.
    Task principal = partyTask(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE, PartyKind.PRINCIPAL);
    ResponseEntity<String> outside = rest.post("jingan-handler", "/engine-rest/task/" + principal.getId()
        + "/submit-form", Map.of("variables", EngineRest.typed(Map.of(Var.PROPOSED_FINE_YUAN, 200000,
        Var.DRAFT_DECISION, "拟罚款二十万元"))));
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outside.getBody()).contains("拟罚款200000元超过法定罚款上限100000元");
    assertThat(taskService.createTaskQuery().taskId(principal.getId()).count()).isOne();
  }

  // --- steps -------------------------------------------------------------------------------------------------

  /** A general hazard in jingan, overdue and referred for penalty by its handler. */
  /** Where a document is issued ({@code POST}). */
  private static String documentPath(String caseNo, String type, Integer party) {
    return "/api/cases/" + caseNo + "/documents/" + type + (party == null ? "" : "?party=" + party);
  }

  /** Where an issued document is read ({@code GET}). */
  private static String readPath(String caseNo, String type, Integer party) {
    return "/api/cases/" + caseNo + "/documents/" + type + ".pdf" + (party == null ? "" : "?party=" + party);
  }

  private HttpStatus documentStatus(String caseNo, String type, Integer party) {
    return HttpStatus.valueOf(rest.as("jingan-handler").postForEntity(documentPath(caseNo, type, party), null,
        String.class).getStatusCode().value());
  }

  /** Issues the document and reads it back ({@code GET …pdf}, the same bytes); its text. */
  private String documentText(String caseNo, String type, Integer party) {
    ResponseEntity<byte[]> pdf = rest.as("jingan-handler").postForEntity(documentPath(caseNo, type, party), null,
        byte[].class);
    assertThat(pdf.getStatusCode()).as(() -> type + ": " + new String(pdf.getBody(), StandardCharsets.UTF_8))
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.as("jingan-handler").getForEntity(readPath(caseNo, type, party), byte[].class).getBody())
        .isEqualTo(pdf.getBody());
    return PdfPages.text(pdf.getBody());
  }

  private String referredHazard() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("district", "jingan");
    report.put("enterpriseName", "上海某化工有限公司");
    report.put("enterpriseUscc", EngineRest.VALID_USCC);
    report.put("sector", "HAZARDOUS_CHEMICALS");
    report.put("source", "INSPECTION");
    report.put("location", UniqueReports.location("3号仓库"));
    report.put("description", "危化品混存");
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/hazards", report);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String hazardNo = created.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    submit("jingan-handler", hazardNo, HazardProcess.USER_TASK_VERIFY_HAZARD, null, Map.of(
        HazardProcess.Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), HazardProcess.Var.FIXED_ON_SPOT, false,
        HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-03-10"));
    TestClock.set("2026-03-11T09:00:00");
    fireTimer(hazardNo, HazardProcess.TIMER_RECTIFICATION_DUE);
    submit("jingan-handler", hazardNo, HazardProcess.USER_TASK_DECIDE_OVERDUE, null, Map.of(
        HazardProcess.Var.OVERDUE_DECISION, HazardProcess.Code.PENALTY_REFERRAL,
        HazardProcess.Var.REFERRAL_REASON, "逾期拒不整改", HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-04-10"));
    TestClock.set("2026-03-02T09:00:00");
    return hazardNo;
  }

  private long openReferralOf(String hazardNo) {
    List<Map<String, Object>> open = rest.getList("jingan-handler", "/api/penalties/referrals").getBody();
    return open.stream().filter(r -> hazardNo.equals(r.get("caseNo"))).mapToLong(r -> ((Number) r.get("id"))
        .longValue()).findFirst().orElseThrow();
  }

  private Map<String, Object> proposal(Long referralId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("enterpriseName", "上海某化工有限公司");
    body.put("enterpriseUscc", EngineRest.VALID_USCC);
    body.put("sector", "HAZARDOUS_CHEMICALS");
    body.put("violationFacts", "未采取措施消除事故隐患，逾期拒不整改");
    body.put("violationOn", ApiBodies.VIOLATION_ON);
    body.put("legalBasisArticle", "SPL-102");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
    body.put("decisionType", "FINE");
    body.put("investigators", "jingan-handler,jingan-handler2");
    // 拒不执行 (art. 102's second tier): the principal is fined too.
    body.put("overdueUncorrected", true);
    body.put("parties", List.of(unit(), Map.of("kind", "PRINCIPAL", "name", PRINCIPAL_NAME, "idNumber", PRINCIPAL_ID,
        "lastYearIncomeYuan", 300000)));
    if (referralId != null) {
      body.put("referralId", referralId);
    }
    return body;
  }

  private static Map<String, Object> unit() {
    return Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC);
  }

  /** A legal review's approval: every review item ticked, with the opinion. */
  private static Map<String, Object> approval(String opinion) {
    Map<String, Object> approval = new LinkedHashMap<>();
    approval.put(LegalReviewProcess.Var.LEGAL_REVIEW_OUTCOME, "APPROVED");
    approval.put(LegalReviewProcess.Var.LEGAL_REVIEW_OPINION, opinion);
    for (String item : List.of(ReviewItem.AUTHORITY, ReviewItem.PROCEDURE, ReviewItem.FACTS, ReviewItem.EVIDENCE,
        ReviewItem.LEGAL_BASIS, ReviewItem.DISCRETION, ReviewItem.DOCUMENTS, ReviewItem.CRIME_TRANSFER)) {
      approval.put(item, true);
    }
    return approval;
  }

  private void reviewAs(String reviewer, String caseNo, Map<String, Object> variables) {
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(LegalReviewProcess.USER_TASK_REVIEW_DECISION).singleResult();
    assertThat(review).as("legal review task of " + caseNo).isNotNull();
    ResponseEntity<String> done = rest.complete(reviewer, review.getId(), variables);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Claims and submits the task as Tasklist does; {@code kind} picks one party's task of a per-party step. */
  private void submit(String user, String caseNo, String taskKey, PartyKind kind, Map<String, Object> variables) {
    Task task = kind == null
        ? taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult()
        : partyTask(caseNo, taskKey, kind);
    assertThat(task).as(() -> taskKey + " of " + caseNo + " among " + taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNo).list().stream().map(t -> t.getTaskDefinitionKey() + "/" + kindOf(t))
        .toList()).isNotNull();
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(taskKey + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Task partyTask(String caseNo, String taskKey, PartyKind kind) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list()
        .stream().filter(t -> kind.name().equals(kindOf(t))).findFirst().orElse(null);
  }

  private String kindOf(Task task) {
    Object partyId = runtimeService.getVariable(task.getExecutionId(), Var.PARTY_ID);
    if (partyId == null) {
      return null;
    }
    return jdbc.queryForObject("select kind from penalty_party where id = ?", String.class, partyId);
  }

  private void fireTimer(String caseNo, String timerId) {
    List<Job> due = managementService.createJobQuery().activityId(timerId).executable().list().stream()
        .filter(j -> caseNo.equals(runtimeService.createProcessInstanceQuery()
            .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey()))
        .toList();
    assertThat(due).as("due timer %s of %s", timerId, caseNo).hasSize(1);
    managementService.executeJob(due.get(0).getId());
  }

  private ResponseEntity<String> pay(String decisionNo, long amount, String on) {
    return rest.post("jingan-handler", "/api/penalties/" + decisionNo + "/payments",
        Map.of("amountYuan", amount, "paidOn", on));
  }

  private long concludedFines(String caseNo) {
    return parties(penaltyCase(caseNo)).stream().mapToLong(p -> ((Number) p.get("fineYuan")).longValue()).sum();
  }

  private Map<String, Object> ledger(String caseNo) {
    return rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
  }

  private Map<String, Object> penaltyCase(String caseNo) {
    ResponseEntity<Map<String, Object>> view = rest.getMap("jingan-handler", "/api/penalties/cases/" + caseNo);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    return view.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parties(Map<String, Object> penaltyCase) {
    return (List<Map<String, Object>>) penaltyCase.get("parties");
  }

  private static String decisionOf(List<Map<String, Object>> parties, PartyKind kind) {
    return parties.stream().filter(p -> kind.name().equals(p.get("kind"))).findFirst().orElseThrow()
        .get("decisionNo").toString();
  }

  private static long fineOf(List<Map<String, Object>> parties, PartyKind kind) {
    return ((Number) parties.stream().filter(p -> kind.name().equals(p.get("kind"))).findFirst().orElseThrow()
        .get("fineYuan")).longValue();
  }
}
