package cn.sh.emergency.supervision.legalreview;

import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.ReviewItem;
import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The legal review called from a case (test-only caller {@code platform-decision-caller}): separation of duties on
 * REST and the Java API, district isolation, the review items, and no decision without approval.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class LegalReviewIntegrationTest {

  static final String CALLER = "platform-decision-caller";
  static final String SECOND_REVIEWER = "jingan-reviewer2";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  IdentityService identityService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    if (identityService.createUserQuery().userId(SECOND_REVIEWER).count() == 0) {
      User user = identityService.newUser(SECOND_REVIEWER);
      user.setFirstName("静安区");
      user.setLastName("法制审核员二");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(SECOND_REVIEWER, Roles.LEGAL_REVIEWERS);
      identityService.createTenantUserMembership("jingan", SECOND_REVIEWER);
    }
  }

  @Test
  void anInvestigatorCannotReviewOnRestOrJavaAndAnotherReviewerApprovesTheDecision() {
    String caseNo = caseAtReview("jingan-reviewer");
    Task review = reviewTask(caseNo);
    assertThat(review.getTenantId()).isEqualTo("jingan");

    ResponseEntity<String> claim = rest.post("jingan-reviewer", "/engine-rest/task/" + review.getId() + "/claim",
        Map.of("userId", "jingan-reviewer"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(claim.getBody()).contains("职责分离", "jingan-reviewer");
    // The engine wraps a task listener's refusal; the cause is the user error with the Chinese message.
    assertThatThrownBy(() -> taskService.claim(review.getId(), "jingan-reviewer"))
        .hasMessageContaining("职责分离").hasRootCauseInstanceOf(InvalidInputException.class);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

    // Completing it unclaimed as the investigator is refused too (Java API, authenticated as that user).
    identityService.setAuthentication("jingan-reviewer", List.of(Roles.LEGAL_REVIEWERS), List.of("jingan"));
    try {
      assertThatThrownBy(() -> taskService.complete(review.getId(), approval()))
          .hasMessageContaining("职责分离").hasRootCauseInstanceOf(InvalidInputException.class);
    } finally {
      identityService.clearAuthentication();
    }

    // Another district's reviewer does not even see it.
    assertThat(rest.getList("changning-reviewer", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).getBody())
        .isEmpty();

    assertThat(rest.complete(SECOND_REVIEWER, review.getId(), approval()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task decide = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("UserTask_Decide");
    assertThat(runtimeService.getVariables(decide.getExecutionId()))
        .containsEntry(Var.LEGAL_REVIEW_OUTCOME, Code.APPROVED).containsEntry(Var.LEGAL_REVIEWER, SECOND_REVIEWER);
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody().get("timeline").toString())
        .contains("UserTask_ReviewDecision", SECOND_REVIEWER);
  }

  @Test
  void anApprovalNeedsEveryReviewItemAndARejectionItsReason() {
    String caseNo = caseAtReview("jingan-handler2");
    Task review = reviewTask(caseNo);
    rest.post(SECOND_REVIEWER, "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", SECOND_REVIEWER));

    Map<String, Object> partial = approval();
    partial.put(ReviewItem.DISCRETION, false);
    ResponseEntity<String> refused = rest.post(SECOND_REVIEWER, "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", EngineRest.typed(partial)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("自由裁量");

    ResponseEntity<String> noReason = rest.post(SECOND_REVIEWER, "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", EngineRest.typed(Map.of(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED))));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("法制审核意见");
  }

  @Test
  void aRejectionCannotReachTheDecisionAndACollectiveDiscussionNeedsThreeLeaders() {
    String caseNo = caseAtReview("jingan-handler2");
    Task review = reviewTask(caseNo);
    rest.complete(SECOND_REVIEWER, review.getId(), Map.of(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED,
        Var.LEGAL_REVIEW_OPINION, "处罚明显过重"));
    Task coordinate = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    assertThat(rest.complete("jingan-leader", coordinate.getId(), Map.of(Var.COORDINATION_DECISION,
        Code.COLLECTIVE_DISCUSSION, Var.COORDINATION_OPINION, "提交集体讨论")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task discuss = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    ResponseEntity<String> tooFew = rest.complete("jingan-leader", discuss.getId(), Map.of(
        Var.DISCUSSION_PARTICIPANTS, "jingan-leader,city-leader", Var.DISCUSSION_MINUTES, "讨论",
        Var.COLLECTIVE_CONCLUSION, Code.REJECTED));
    assertThat(tooFew.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooFew.getBody()).contains("至少3名负责人");
    // Only leaders of the case's district or the city are offered: a handler or another district's leader is refused.
    for (String outsider : List.of("jingan-handler", "changning-leader")) {
      ResponseEntity<String> notOffered = rest.complete("jingan-leader", discuss.getId(), Map.of(
          Var.DISCUSSION_PARTICIPANTS, "jingan-leader,city-leader," + outsider, Var.DISCUSSION_MINUTES, "讨论",
          Var.COLLECTIVE_CONCLUSION, Code.REJECTED));
      assertThat(notOffered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(notOffered.getBody()).contains("只能从列出的人员中选择，" + outsider + " 不在其中");
    }

    assertThat(rest.complete("jingan-leader", discuss.getId(), Map.of(
        Var.DISCUSSION_PARTICIPANTS, "jingan-leader,jingan-leader2,city-leader", Var.DISCUSSION_MINUTES,
        "依据不足，不予处罚", Var.COLLECTIVE_CONCLUSION, Code.REJECTED)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody().get("timeline").toString())
        .contains("集体讨论结论").doesNotContain("UserTask_Decide");
  }

  @Test
  void aModelThatSkipsTheReviewCannotReachItsDecision() {
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", "platform-decision-bypass",
        EngineRest.caseVariables("jingan"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(started.getBody().get("message").toString()).contains("未经法制审核");
  }

  /** A case whose investigation is done by the handler, with the given investigator; now at legal review. */
  @Test
  void aReviewOpenedAsACaseOfItsOwnHasItsOpinionDocument() {
    Map<String, Object> variables = EngineRest.caseVariables("jingan");
    variables.put(Var.DECISION_TYPE, DecisionType.FINE.code());
    variables.put(Var.DRAFT_DECISION, "对该公司处以罚款人民币五万元");
    variables.put(Var.PROPOSED_FINE_YUAN, 50000);
    variables.put(Var.LEGAL_BASIS, "《安全生产法》第一百零二条");
    variables.put(Var.INVESTIGATORS, "jingan-handler2");
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", LegalReviewProcess.PROCESS_KEY,
        variables);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String caseNo = (String) started.getBody().get("businessKey");
    assertThat(caseNo).startsWith("LR-JINGAN-2026-");
    String document = "/api/cases/" + caseNo + "/documents/legal-review-opinion";
    assertThat(rest.as("jingan-handler").postForEntity(document, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> rejection = approval();
    rejection.put(ReviewItem.EVIDENCE, false);
    rejection.put(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED);
    rejection.put(Var.LEGAL_REVIEW_OPINION, "证据不足，不能认定逾期未整改");
    ResponseEntity<String> rejected = rest.complete("jingan-reviewer", reviewTask(caseNo).getId(), rejection);
    assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<byte[]> pdf = rest.as("jingan-handler").postForEntity(document, null, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.as("jingan-reviewer").getForEntity(document + ".pdf", byte[].class).getBody())
        .isEqualTo(pdf.getBody());
    assertThat(PdfPages.text(pdf.getBody())).containsPattern("沪静应急法审〔2026〕\\d+号").contains("法制审核意见书",
        "案件编号" + caseNo, "决定类型罚款", "拟作出的决定对该公司处以罚款人民币五万元",
        "拟罚款金额人民币伍万元整（¥50,000）", "法律依据《安全生产法》第一百零二条", "承办人静安区承办人",
        "法制审核人员静安区法制审核员", "案件事实清楚是", "证据合法充分否", "审核结论：不同意",
        "审核意见：证据不足，不能认定逾期未整改", "未经法制审核或者审核未通过的，不得作出决定。");
  }

  private String caseAtReview(String investigator) {
    Map<String, Object> variables = EngineRest.caseVariables("jingan");
    variables.put(Var.DECISION_TYPE, DecisionType.FINE.code());
    variables.put(Var.DRAFT_DECISION, "对该公司处以罚款人民币五万元");
    variables.put(Var.PROPOSED_FINE_YUAN, 50000);
    variables.put(Var.LEGAL_BASIS, "《安全生产法》第一百零二条");
    variables.put(Var.INVESTIGATORS, investigator);
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", CALLER, variables);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String caseNo = (String) started.getBody().get("businessKey");
    Task investigate = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    assertThat(rest.complete("jingan-handler", investigate.getId(), Map.of("handleOutcome", "DONE"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return caseNo;
  }

  private Task reviewTask(String caseNo) {
    return taskService.createTaskQuery().processDefinitionKey(LegalReviewProcess.PROCESS_KEY)
        .processInstanceBusinessKey(caseNo).singleResult();
  }

  private static Map<String, Object> approval() {
    Map<String, Object> approval = new LinkedHashMap<>();
    for (String item : List.of(ReviewItem.AUTHORITY, ReviewItem.PROCEDURE, ReviewItem.FACTS, ReviewItem.EVIDENCE,
        ReviewItem.LEGAL_BASIS, ReviewItem.DISCRETION, ReviewItem.DOCUMENTS, ReviewItem.CRIME_TRANSFER)) {
      approval.put(item, true);
    }
    approval.put(Var.LEGAL_REVIEW_OUTCOME, Code.APPROVED);
    approval.put(Var.LEGAL_REVIEW_OPINION, "同意");
    return approval;
  }
}
