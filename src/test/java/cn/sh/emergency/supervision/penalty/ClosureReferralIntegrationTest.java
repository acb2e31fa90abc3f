package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Uscc;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 安全生产法 art. 113 from the ledger: a unit already penalised twice within 180 days for major hazards (earlier
 * cases, as the ledger holds them) is penalised a third time on a major hazard's referral; that decision refers the
 * case to the government for closure by itself. A decision for a general hazard does not count.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class ClosureReferralIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  /** A street of its own, so that the KPIs other tests count by street never see these rows. */
  private static final String STREET = "重复违法测试" + ThreadLocalRandom.current().nextInt(1_000_000) + "街道";

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void theThirdPenaltyForMajorHazardsWithin180DaysRefersTheUnitForClosure() {
    String uscc = randomUscc();
    earlierPenalty(uscc, "MAJOR", LocalDate.parse("2026-01-10"));
    earlierPenalty(uscc, "GENERAL", LocalDate.parse("2026-01-20"));
    String second = earlierPenalty(uscc, "MAJOR", LocalDate.parse("2026-02-20"));
    assertThat(referrals(second)).doesNotContain("CLOSURE");

    String hazard = hazardCase(uscc, "MAJOR");
    long referralId = jdbc.queryForObject("insert into case_referral (case_no, kind, reason, referred_by, referred_at,"
        + " overdue_uncorrected) values (?, 'PENALTY', '逾期未整改', 'jingan-handler', now(), true) returning id",
        Long.class, hazard);
    Map<String, Object> body = new LinkedHashMap<>(ApiBodies.penalty());
    body.remove("enterpriseName");
    body.remove("enterpriseUscc");
    body.put("legalBasisArticle", "SPL-102");
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
    body.put("referralId", referralId);
    body.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某重复违法公司", "uscc", uscc)));
    body.put("exemptionReason", "主要负责人已另案处理");
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    complete("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE,
        Map.of(Var.INVESTIGATION_REPORT, "第三次因重大事故隐患逾期未整改"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE,
        Map.of(Var.PROPOSED_FINE_YUAN, 30_000L, Var.DRAFT_DECISION, "拟罚款三万元"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE,
        Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));
    complete("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    assertThat(referrals(caseNo)).doesNotContain("CLOSURE");
    complete("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));

    assertThat(referrals(caseNo)).contains("CLOSURE", "上海某重复违法公司因存在重大事故隐患180日内第3次受到行政处罚",
        "第一百一十三条", "提请县级以上地方人民政府予以关闭");
    assertThat(rest.getMap("jingan-handler", "/api/cases/" + caseNo).getBody().get("timeline").toString())
        .contains("提请人民政府予以关闭");
  }

  /** A PN case of the unit, taken up from a hazard case of the given level, decided on the day. */
  private String earlierPenalty(String uscc, String hazardLevel, LocalDate decidedOn) {
    String hazard = hazardCase(uscc, hazardLevel);
    String penalty = ledgerRow("PN", "dual-penalty", uscc, null);
    jdbc.update("insert into case_referral (case_no, kind, reason, referred_by, referred_at, target_case_no,"
        + " overdue_uncorrected) values (?, 'PENALTY', '逾期未整改', 'jingan-handler', now(), ?, true)", hazard, penalty);
    jdbc.update("insert into penalty_party (case_no, party_no, kind, name, uscc, fine_yuan, decision_no, decided_on,"
        + " served_on, status) values (?, 1, 'UNIT', '上海某重复违法公司', ?, 30000, ?, ?, ?, 'PAID')", penalty, uscc,
        "沪静应急罚〔2026〕" + (900_000 + ThreadLocalRandom.current().nextInt(99_000)) + "号", decidedOn, decidedOn);
    return penalty;
  }

  private String hazardCase(String uscc, String level) {
    return ledgerRow("HZ", "hazard-closed-loop", uscc, level);
  }

  private String ledgerRow(String type, String lifecycle, String uscc, String grade) {
    String caseNo = type + "-JINGAN-2026-" + (800_000 + ThreadLocalRandom.current().nextInt(99_000));
    jdbc.update("insert into case_ledger (case_no, case_type, lifecycle, district, process_instance_id,"
        + " enterprise_name, enterprise_uscc, sector, street, grade, opened_at, opened_on, last_record_hash)"
        + " values (?, ?, ?, 'jingan', ?, '上海某重复违法公司', ?, 'HAZARDOUS_CHEMICALS', ?, ?, now(), current_date, ?)",
        caseNo, type, lifecycle, UUID.randomUUID().toString(), uscc, STREET, grade, "0".repeat(64));
    return caseNo;
  }

  private String referrals(String caseNo) {
    return jdbc.queryForList("select kind, reason from case_referral where case_no = ?", caseNo).toString();
  }

  private void complete(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> done = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static String randomUscc() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    while (true) {
      String first17 = "91310000%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
      for (char check : alphabet.toCharArray()) {
        if (Uscc.isValid(first17 + check)) {
          return first17 + check;
        }
      }
    }
  }
}
