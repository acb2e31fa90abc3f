package cn.sh.emergency.supervision.penalty;

import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 行政处罚法 art. 42: a penalty case is investigated by at least two officers holding enforcement certificates. A
 * proposal naming fewer, or an officer without a number, is refused (400) and opens no case, through the API as
 * through the Tasklist start form (whose picker does not offer him); the notice and the decision print each
 * investigator's name and number as they were when the case was proposed.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class PenaltyInvestigatorsIntegrationTest {

  private static final String WANG = "pn-officer-wang";
  private static final String LI = "pn-officer-li";
  private static final String ZHAO = "pn-officer-zhao";
  private static final String STATUTE = "调查人员须至少两名持有执法证的执法人员（行政处罚法第四十二条）";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    officer(WANG, "王执法", "310106-7001");
    officer(LI, "李执法", "310106-7002");
    officer(ZHAO, "赵执法", null);
  }

  @Test
  void oneInvestigatorIsRefused() {
    int before = penaltyCases();
    ResponseEntity<String> alone = propose(WANG);
    assertThat(alone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(alone.getBody()).contains(STATUTE + "，本案只列明了1名");
    // The same officer twice is still one.
    ResponseEntity<String> twice = propose(WANG + "," + WANG);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twice.getBody()).contains(STATUTE + "，本案只列明了1名");
    assertThat(penaltyCases()).isEqualTo(before);
  }

  @Test
  void anInvestigatorWithoutACertificateIsNamedAndTheCaseIsRefused() {
    int before = penaltyCases();
    ResponseEntity<String> uncertified = propose(WANG + "," + ZHAO);
    assertThat(uncertified.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(uncertified.getBody()).contains(STATUTE, "调查人员" + ZHAO + "（赵执法）未登记执法证号")
        .doesNotContain(WANG + "（");

    ResponseEntity<String> unknown = propose(WANG + ",no-such-officer");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains(STATUTE, "调查人员不存在：no-such-officer");

    // The Tasklist start form does not offer him (its picker lists certified officers only); named anyway through
    // the engine API, he is refused.
    Map<String, Object> form = ApiBodies.penalty();
    form.remove("parties");
    form.put("investigators", WANG + "、" + ZHAO);
    form.put("exemptionReason", "主要负责人已在事故中死亡");
    ResponseEntity<String> started = rest.post("jingan-handler", "/engine-rest/process-definition/key/"
        + DualPenaltyProcess.PROCESS_KEY + "/submit-form", Map.of("variables", EngineRest.typed(form)));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(started.getBody()).contains("只能从列出的人员中选择，" + ZHAO + " 不在其中");

    assertThat(penaltyCases()).isEqualTo(before);
  }

  /** Officers of another district do not investigate this district's case, certificates or not. */
  @Test
  void anOfficerOfAnotherDistrictIsRefused() {
    int before = penaltyCases();
    ResponseEntity<String> elsewhere = propose(WANG + ",changning-handler");
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(elsewhere.getBody()).contains("调查人员不属于本案所属区：changning-handler");
    assertThat(penaltyCases()).isEqualTo(before);
  }

  @Test
  void twoCertifiedOfficersInvestigateAndTheNoticeAndDecisionNameThemAsTheyWereWhenProposed() {
    ResponseEntity<String> created = propose(WANG + "、" + LI);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).singleResult().getId();
    // Kept once each, comma-separated, as separation of duties reads them; names and numbers as they are now.
    assertThat(runtimeService.getVariable(instance, Var.INVESTIGATORS)).isEqualTo(WANG + "," + LI);
    assertThat(runtimeService.getVariable(instance, Var.INVESTIGATOR_CERTIFICATES).toString())
        .contains("310106-7001", "310106-7002", "王执法", "李执法");

    // Wang gets a new certificate after the proposal: the documents of this case keep the number it was proposed with.
    ResponseEntity<String> renewed = rest.as("admin").exchange("/api/admin/users/" + WANG + "/enforcement-certificate",
        HttpMethod.PUT, new HttpEntity<>(Map.of("certificateNo", "310106-7999")), String.class);
    assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);

    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION,
        Map.of(Var.REGISTRATION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意立案，负责人不予追究"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE,
        Map.of(Var.INVESTIGATION_REPORT, "经调查，企业未采取措施消除事故隐患"));
    Task propose = task(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE);
    long fine = ((Number) taskService.getVariable(propose.getId(), Var.FINE_MAX_YUAN)).longValue();
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE,
        Map.of(Var.PROPOSED_FINE_YUAN, fine, Var.DRAFT_DECISION, "拟罚款" + fine + "元"));
    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE, Map.of(Var.NOTICE_SERVED_ON, "2026-03-02"));

    assertThat(documentText(caseNo, "penalty-notice")).contains("行政处罚告知书", "案件编号" + caseNo,
        "执法人员王执法执法证号310106-7001", "执法人员李执法执法证号310106-7002").doesNotContain("310106-7999");

    submit("jingan-handler", caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE,
        Map.of(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    submit("jingan-leader", caseNo, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY,
        Map.of(Var.DECISION_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意"));
    assertThat(documentText(caseNo, "penalty-decision")).contains("行政处罚决定书",
        "执法人员王执法执法证号310106-7001", "执法人员李执法执法证号310106-7002").doesNotContain("310106-7999");
  }

  // --- steps -------------------------------------------------------------------------------------------------

  /** The unit alone (its principal is exempted), investigated by the officers named. */
  private ResponseEntity<String> propose(String investigators) {
    Map<String, Object> body = ApiBodies.penalty();
    body.put("investigators", investigators);
    body.put("exemptionReason", "主要负责人已在事故中死亡");
    return rest.post("jingan-handler", "/api/penalties", body);
  }

  private void officer(String id, String name, String certificateNo) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(name);
      user.setPassword(PlatformSample.PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createTenantQuery().userMember(id).tenantId("jingan").count() == 0) {
      identityService.createTenantUserMembership("jingan", id);  // officers of the district the cases are in
    }
    if (certificateNo == null) {
      identityService.deleteUserInfo(id, "enforcementCertificateNo");
    } else {
      ResponseEntity<String> registered = rest.as("admin").exchange("/api/admin/users/" + id
          + "/enforcement-certificate", HttpMethod.PUT, new HttpEntity<>(Map.of("certificateNo", certificateNo)),
          String.class);
      assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.OK);
    }
  }

  private int penaltyCases() {
    return jdbc.queryForObject("select count(*) from case_ledger where case_type = 'PN'", Integer.class);
  }

  private Task task(String caseNo, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(() -> taskKey + " of " + caseNo + " among " + taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNo).list().stream().map(Task::getTaskDefinitionKey).toList()).isNotNull();
    return task;
  }

  /** Claims and submits the task as Tasklist does. */
  private void submit(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    Task task = task(caseNo, taskKey);
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(taskKey + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String documentText(String caseNo, String type) {
    ResponseEntity<byte[]> pdf = rest.as("jingan-handler").postForEntity("/api/cases/" + caseNo + "/documents/" + type
        + "?party=1", null, byte[].class);
    assertThat(pdf.getStatusCode()).as(() -> type + ": " + new String(pdf.getBody(), StandardCharsets.UTF_8))
        .isEqualTo(HttpStatus.OK);
    return PdfPages.text(pdf.getBody());
  }
}
