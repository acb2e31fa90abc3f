package cn.sh.emergency.supervision.casefile;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Case work the way enforcement staff expect it in Tasklist: a case stays with the handler who took it (承办连续性)
 * while the group still sees it; 转办 by a section chief or leader, 委派 and 归还, each with its reason in the
 * full-process record; a return (退回) shows its reason on the task it sends back; the task names tell cases and
 * parties apart.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class TaskContinuityIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENTERPRISE = "上海某化工有限公司";
  private static final String HANDLER = "jingan-handler";
  private static final String COLLEAGUE = "jingan-handler2";
  private static final String CHIEF = "jingan-chief";
  private static final String LEADER = "jingan-leader";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;
  @LocalServerPort
  int port;

  EngineRest rest;
  /** Claims made, per user: a step that came already assigned needs none. */
  Map<String, Integer> claims;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    claims = new TreeMap<>();
  }

  @Test
  void oneHandlerWalksAMajorHazardWithASingleClaimWhileTheGroupStillSeesIt() {
    String caseNo = reportHazard();
    TasklistApi colleague = TasklistApi.logIn(port, COLLEAGUE, PlatformSample.PASSWORD);

    work(HANDLER, caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患"));
    seenButNotTakenByAColleague(colleague, caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    work(HANDLER, caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, listingNotice());
    work(LEADER, caseNo, HazardProcess.USER_TASK_APPROVE_LISTING,
        Map.of(Var.LISTING_APPROVAL, Code.APPROVED, CommonVariables.OPINION, "同意挂牌"));
    seenButNotTakenByAColleague(colleague, caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN);
    work(HANDLER, caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, HazardSteps.rectificationPlan(true));
    work(HANDLER, caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION,
        Map.of(Var.RECTIFICATION_STATUS, Code.COMPLETED, CommonVariables.OPINION, "已按方案完成"));
    seenButNotTakenByAColleague(colleague, caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION);
    work(HANDLER, caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION,
        Map.of(Var.ACCEPTANCE, Code.PASSED, CommonVariables.OPINION, "复查合格"));

    // Six steps; without continuity each was claimed (6 claims). Now: the handler's first and the leader's first.
    assertThat(claims).containsExactlyInAnyOrderEntriesOf(Map.of(HANDLER, 1, LEADER, 1));
    assertThat(caseFile.find(caseNo).orElseThrow().closedAt()).isNotNull();
    List<RecordView> assigned = records(caseNo, RecordKind.TASK_ASSIGNED);
    assertThat(assigned).extracting(RecordView::activityId).containsExactly(
        HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN,
        HazardProcess.USER_TASK_RECORD_RECTIFICATION, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION);
    assertThat(assigned).allSatisfy(r -> {
      assertThat(r.actor()).isEqualTo("system");
      assertThat(r.opinion()).startsWith("承办连续性").contains(HANDLER);
      assertThat(r.details()).contains("\"assignee\":\"" + HANDLER + "\"", "CONTINUITY");
    });
    assertThat(caseRecords.verify(caseNo).intact()).isTrue();
  }

  @Test
  void aChiefTransfersWithAReasonAndAHandlerCannot() {
    String caseNo = reportHazard();
    work(HANDLER, caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患"));
    Task notice = task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    assertThat(notice.getAssignee()).isEqualTo(HANDLER);
    String transfer = "/api/tasks/" + notice.getId() + "/transfer";

    assertRefused(rest.post(COLLEAGUE, transfer, Map.of("assignee", COLLEAGUE, "reason", "我来办")),
        HttpStatus.FORBIDDEN, "只有科室负责人或分管/主要负责人可以转办任务");
    assertRefused(rest.post(HANDLER, transfer, Map.of("assignee", COLLEAGUE, "reason", "交给同事")),
        HttpStatus.FORBIDDEN, "只有科室负责人或分管/主要负责人可以转办任务");
    // Neither through the engine's own assignee call (as Tasklist would send it).
    assertRefused(rest.post(COLLEAGUE, "/engine-rest/task/" + notice.getId() + "/assignee",
        Map.of("userId", COLLEAGUE)), HttpStatus.FORBIDDEN, "/api/tasks/" + notice.getId() + "/transfer");
    assertRefused(rest.post(CHIEF, transfer, Map.of("assignee", COLLEAGUE)), HttpStatus.BAD_REQUEST, "请填写转办理由");
    assertRefused(rest.post(CHIEF, transfer, Map.of("assignee", "jingan-reviewer", "reason", "调整分工")),
        HttpStatus.BAD_REQUEST, "jingan-reviewer 不是本任务办理组（承办人）的成员");
    assertRefused(rest.post(CHIEF, transfer, Map.of("assignee", "changning-handler", "reason", "调整分工")),
        HttpStatus.BAD_REQUEST, "changning-handler 不属于本任务所在的区（jingan）");
    assertRefused(rest.post("changning-leader", transfer, Map.of("assignee", COLLEAGUE, "reason", "调整分工")),
        HttpStatus.NOT_FOUND, "任务不存在或无权查看");
    assertThat(task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE).getAssignee()).isEqualTo(HANDLER);

    ResponseEntity<Map<String, Object>> done = postForMap(CHIEF, transfer,
        Map.of("assignee", COLLEAGUE, "reason", "承办人外出培训，转同组办理"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).containsEntry("assignee", COLLEAGUE)
        .containsEntry("candidateGroups", List.of("case-handlers"));
    assertThat(task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE).getAssignee()).isEqualTo(COLLEAGUE);
    // The comment Tasklist shows in the task's history says who transferred it and why.
    assertThat(taskService.getTaskComments(notice.getId())).extracting(c -> c.getFullMessage())
        .anySatisfy(m -> assertThat(m).contains("转办", CHIEF, HANDLER, COLLEAGUE, "承办人外出培训"));
    // The handler who had it now cannot take it back by claiming it.
    assertRefused(rest.post(HANDLER, "/engine-rest/task/" + notice.getId() + "/claim", Map.of("userId", HANDLER)),
        HttpStatus.CONFLICT, "已由 " + COLLEAGUE + " 办理");
    // Nor finish it over the engine API, although the group may work on the task: nothing is written.
    assertRefused(rest.post(HANDLER, "/engine-rest/task/" + notice.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of("opinion", "代为完成")))), HttpStatus.CONFLICT,
        "由 " + COLLEAGUE + " 办理，他人不能代为完成");
    assertThat(taskService.createTaskQuery().taskId(notice.getId()).count()).isOne();
    assertThat(taskService.getVariable(notice.getId(), "opinion")).isNotEqualTo("代为完成");

    // A leader of the district may transfer too.
    assertThat(postForMap(LEADER, transfer, Map.of("assignee", HANDLER, "reason", "培训取消，仍由原承办人办理"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    List<RecordView> transfers = records(caseNo, RecordKind.TASK_TRANSFERRED);
    assertThat(transfers).hasSize(2);
    assertThat(transfers.get(0).actor()).isEqualTo(CHIEF);
    assertThat(transfers.get(0).opinion()).isEqualTo("承办人外出培训，转同组办理");
    assertThat(transfers.get(0).activityId()).isEqualTo(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    assertThat(transfers.get(0).details()).contains("\"from\":\"" + HANDLER + "\"", "\"to\":\"" + COLLEAGUE + "\"",
        notice.getId());
    assertThat(transfers.get(1).actor()).isEqualTo(LEADER);
    assertThat(transfers.get(1).details()).contains("\"from\":\"" + COLLEAGUE + "\"", "\"to\":\"" + HANDLER + "\"");
    assertThat(caseRecords.verify(caseNo).intact()).isTrue();

    // The chief finds the case's open tasks and who has them.
    List<Map<String, Object>> open = rest.getList(CHIEF, "/api/cases/" + caseNo + "/tasks").getBody();
    assertThat(open).singleElement().satisfies(t -> assertThat(t).containsEntry("assignee", HANDLER)
        .containsEntry("taskDefinitionKey", HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE));
    assertThat(rest.getMap("changning-leader", "/api/cases/" + caseNo + "/tasks").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void separationOfDutiesHoldsForTransfersToo() {
    // A decision whose investigator is the district's legal reviewer: the review cannot be transferred to him.
    Map<String, Object> variables = EngineRest.caseVariables("jingan");
    variables.put(LegalReviewProcess.Var.DECISION_TYPE, "FINE");
    variables.put(LegalReviewProcess.Var.DRAFT_DECISION, "对该公司处以罚款人民币五万元");
    variables.put(LegalReviewProcess.Var.PROPOSED_FINE_YUAN, 50000);
    variables.put(LegalReviewProcess.Var.LEGAL_BASIS, "《安全生产法》第一百零二条");
    variables.put(LegalReviewProcess.Var.INVESTIGATORS, "jingan-reviewer");
    ResponseEntity<Map<String, Object>> started = rest.start(HANDLER, "platform-decision-caller", variables);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String caseNo = (String) started.getBody().get("businessKey");
    Task investigate = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    assertThat(rest.complete(HANDLER, investigate.getId(), Map.of("handleOutcome", "DONE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task review = task(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION);
    assertThat(review.getAssignee()).isNull();

    assertRefused(rest.post(CHIEF, "/api/tasks/" + review.getId() + "/transfer",
        Map.of("assignee", "jingan-reviewer", "reason", "请审核")), HttpStatus.BAD_REQUEST, "职责分离");
    assertThat(task(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION).getAssignee()).isNull();
    assertThat(records(caseNo, RecordKind.TASK_TRANSFERRED)).isEmpty();
  }

  @Test
  void delegationAndItsReturnAreRecorded() {
    String caseNo = reportHazard();
    work(HANDLER, caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患"));
    Task notice = task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    String delegation = "/api/tasks/" + notice.getId() + "/delegation";

    assertRefused(rest.post(COLLEAGUE, delegation, Map.of("delegate", COLLEAGUE, "reason", "我来")),
        HttpStatus.FORBIDDEN, "只有任务的办理人可以委派");
    assertRefused(rest.post(HANDLER, "/engine-rest/task/" + notice.getId() + "/delegate",
        Map.of("userId", COLLEAGUE)), HttpStatus.FORBIDDEN, "/api/tasks/" + notice.getId() + "/delegation");
    assertRefused(rest.post(HANDLER, delegation, Map.of("delegate", COLLEAGUE)), HttpStatus.BAD_REQUEST,
        "请填写委派事项或理由");
    assertRefused(rest.post(HANDLER, delegation, Map.of("delegate", LEADER, "reason", "请代拟")),
        HttpStatus.BAD_REQUEST, "不是本任务办理组");

    ResponseEntity<Map<String, Object>> delegated = postForMap(HANDLER, delegation,
        Map.of("delegate", COLLEAGUE, "reason", "请代为拟写督办措施"));
    assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(delegated.getBody()).containsEntry("assignee", COLLEAGUE).containsEntry("owner", HANDLER)
        .containsEntry("delegationState", "PENDING");
    // While it is delegated, nobody transfers it.
    assertRefused(rest.post(CHIEF, "/api/tasks/" + notice.getId() + "/transfer",
        Map.of("assignee", "city-handler", "reason", "调整")), HttpStatus.CONFLICT, "须待其归还");
    // Only the delegate hands it back.
    String resolution = "/api/tasks/" + notice.getId() + "/resolution";
    assertRefused(rest.post(HANDLER, resolution, Map.of()), HttpStatus.FORBIDDEN, "只有受委派人可以归还任务");
    ResponseEntity<Map<String, Object>> resolved = postForMap(COLLEAGUE, resolution,
        Map.of("note", "已拟好，请审定"));
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resolved.getBody()).containsEntry("assignee", HANDLER).containsEntry("delegationState", "RESOLVED");

    // Delegated again, the colleague fills the form in Tasklist: submitting a delegated task returns it (归还).
    assertThat(postForMap(HANDLER, delegation, Map.of("delegate", COLLEAGUE, "reason", "请补充停产范围"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    TasklistApi colleague = TasklistApi.logIn(port, COLLEAGUE, PlatformSample.PASSWORD);
    HttpResponse<String> filled = colleague.send("POST", "task/" + notice.getId() + "/submit-form",
        json(Map.of("variables", EngineRest.typed(listingNotice()))));
    assertThat(filled.statusCode()).as(filled.body()).isEqualTo(204);
    Task back = task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    assertThat(back.getId()).isEqualTo(notice.getId());
    assertThat(back.getAssignee()).isEqualTo(HANDLER);
    assertThat(taskService.getVariable(back.getId(), Var.MEASURES_REQUIRED)).isEqualTo("危化品分区存放");
    // The owner reviews what the colleague wrote and completes the step.
    work(HANDLER, caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, listingNotice());
    assertThat(task(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING)).isNotNull();

    List<RecordView> delegations = records(caseNo, RecordKind.TASK_DELEGATED);
    assertThat(delegations).hasSize(2).allSatisfy(r -> {
      assertThat(r.actor()).isEqualTo(HANDLER);
      assertThat(r.details()).contains("\"owner\":\"" + HANDLER + "\"", "\"delegate\":\"" + COLLEAGUE + "\"");
    });
    assertThat(delegations).extracting(RecordView::opinion).containsExactly("请代为拟写督办措施", "请补充停产范围");
    List<RecordView> returns = records(caseNo, RecordKind.TASK_RESOLVED);
    assertThat(returns).hasSize(2).allSatisfy(r -> {
      assertThat(r.actor()).isEqualTo(COLLEAGUE);
      assertThat(r.details()).contains("\"owner\":\"" + HANDLER + "\"", "\"delegate\":\"" + COLLEAGUE + "\"");
    });
    assertThat(returns.get(0).opinion()).isEqualTo("已拟好，请审定");
    // The step itself is recorded as completed by its owner.
    assertThat(records(caseNo, RecordKind.TASK_COMPLETED)).extracting(RecordView::activityId, RecordView::actor)
        .contains(org.assertj.core.groups.Tuple.tuple(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, HANDLER));
    assertThat(caseRecords.verify(caseNo).intact()).isTrue();
  }

  @Test
  void aLeadersReturnShowsItsReasonOnTheHandlersNextTask() {
    String caseNo = reportHazard();
    work(HANDLER, caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "经核查属重大事故隐患"));
    work(HANDLER, caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, listingNotice());

    // A return needs its reason.
    Task approval = task(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING);
    rest.post(LEADER, "/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", LEADER));
    assertRefused(rest.post(LEADER, "/engine-rest/task/" + approval.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(Map.of(Var.LISTING_APPROVAL, Code.RETURNED)))),
        HttpStatus.BAD_REQUEST, "审批意见");
    work(LEADER, caseNo, HazardProcess.USER_TASK_APPROVE_LISTING,
        Map.of(Var.LISTING_APPROVAL, Code.RETURNED, CommonVariables.OPINION, "督办措施不具体，请补充防爆措施"));

    Task returned = task(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    assertThat(returned.getAssignee()).isEqualTo(HANDLER);
    assertThat(returned.getName()).isEqualTo("拟制挂牌督办通知（退回） · " + ENTERPRISE);
    Object reason = taskService.getVariableLocal(returned.getId(), CommonVariables.RETURN_REASON);
    assertThat(reason).hasToString("「审批挂牌督办」退回（jingan-leader，2026-03-02 09:00）：督办措施不具体，请补充防爆措施");
    // What Tasklist loads for the form: the reason, which the form shows read-only.
    Map<String, Object> formVariables = rest.getMap(HANDLER, "/engine-rest/task/" + returned.getId()
        + "/form-variables").getBody();
    assertThat(formVariables.get(CommonVariables.RETURN_REASON).toString()).contains("督办措施不具体");
    // Sent back unchanged with the form, it is not written; changed, it is refused.
    Map<String, Object> withReason = new LinkedHashMap<>(listingNotice());
    withReason.put(CommonVariables.RETURN_REASON, "改写退回意见");
    assertRefused(rest.post(HANDLER, "/engine-rest/task/" + returned.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(withReason))), HttpStatus.BAD_REQUEST, "只读");
    withReason.put(CommonVariables.RETURN_REASON, reason.toString());
    work(HANDLER, caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, withReason);

    // The resubmitted approval is the leader's again, without the mark.
    Task again = task(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING);
    assertThat(again.getName()).isEqualTo("审批挂牌督办 · " + ENTERPRISE);
    assertThat(again.getAssignee()).isEqualTo(LEADER);
    assertThat(taskService.getVariableLocal(again.getId(), CommonVariables.RETURN_REASON)).isNull();
    assertThat(records(caseNo, RecordKind.TASK_COMPLETED)).filteredOn(r -> Code.RETURNED.equals(r.outcome()))
        .singleElement().satisfies(r -> assertThat(r.opinion()).isEqualTo("督办措施不具体，请补充防爆措施"));
  }

  @Test
  void taskNamesCarryTheEnterpriseAndTheParty() {
    String hazardNo = reportHazard();
    assertThat(task(hazardNo, HazardProcess.USER_TASK_VERIFY_HAZARD).getName()).isEqualTo("核查隐患 · " + ENTERPRISE);
    // The ledger and the record keep the step's own name.
    assertThat(caseFile.find(hazardNo).orElseThrow().stageName()).isEqualTo("核查隐患");

    Map<String, Object> proposal = ApiBodies.penalty();
    proposal.put("overdueUncorrected", true);
    proposal.put("parties", List.of(Map.of("kind", "UNIT", "name", ENTERPRISE, "uscc", EngineRest.VALID_USCC),
        Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", "310106198001011231", "lastYearIncomeYuan", 300000)));
    ResponseEntity<String> created = rest.post(HANDLER, "/api/penalties", proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    work(LEADER, caseNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION,
        Map.of(DualPenaltyProcess.Var.REGISTRATION_APPROVAL, DualPenaltyProcess.Code.APPROVED));
    work(HANDLER, caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE,
        Map.of(DualPenaltyProcess.Var.INVESTIGATION_REPORT, "经调查，企业逾期拒不整改"));

    List<Task> proposals = tasks(caseNo, DualPenaltyProcess.USER_TASK_PROPOSE_FINE);
    assertThat(proposals).extracting(Task::getName).containsExactlyInAnyOrder(
        "拟定处罚意见 · " + ENTERPRISE + " · 生产经营单位",
        "拟定处罚意见 · " + ENTERPRISE + " · 张三丰（主要负责人）");
    // Both parallel steps stay with the handler who investigated.
    assertThat(proposals).extracting(Task::getAssignee).containsOnly(HANDLER);

    // The principal's fine goes to legal review: the reviewer's card names the enterprise and the party too.
    Task principal = proposals.stream().filter(t -> t.getName().contains("张三丰")).findFirst().orElseThrow();
    long max = ((Number) taskService.getVariable(principal.getId(), DualPenaltyProcess.Var.FINE_MAX_YUAN)).longValue();
    submit(HANDLER, principal, Map.of(DualPenaltyProcess.Var.PROPOSED_FINE_YUAN, max,
        DualPenaltyProcess.Var.DRAFT_DECISION, "拟罚款" + max + "元"));
    Task notice = tasks(caseNo, DualPenaltyProcess.USER_TASK_SERVE_NOTICE).get(0);
    assertThat(notice.getName()).isEqualTo("送达行政处罚告知书 · " + ENTERPRISE + " · 张三丰（主要负责人）");
    submit(HANDLER, notice, Map.of(DualPenaltyProcess.Var.NOTICE_SERVED_ON, "2026-03-02"));
    submit(HANDLER, tasks(caseNo, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE).get(0),
        Map.of(DualPenaltyProcess.Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
    Task review = tasks(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION).get(0);
    assertThat(review.getName()).isEqualTo("法制审核 · " + ENTERPRISE + " · 张三丰（主要负责人）");

    // Tasklist lists them under these names (the reviewer's 本组待办).
    TasklistApi reviewer = TasklistApi.logIn(port, "jingan-reviewer", PlatformSample.PASSWORD);
    assertThat(filterList(reviewer, "本组待办")).anySatisfy(t -> assertThat(t.path("name").asText())
        .isEqualTo("法制审核 · " + ENTERPRISE + " · 张三丰（主要负责人）"));
  }

  // --- steps -------------------------------------------------------------------------------------------------

  private String reportHazard() {
    ResponseEntity<String> reported = rest.post(HANDLER, "/api/hazards", ApiBodies.hazard());
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    return reported.getHeaders().getLocation().getPath().replace("/api/cases/", "");
  }

  private static Map<String, Object> listingNotice() {
    return Map.of(Var.MEASURES_REQUIRED, "危化品分区存放", Var.SUSPENSION, Suspension.PARTIAL.code(),
        Var.RECTIFICATION_DEADLINE, "2026-04-30");
  }

  /** The user's step as Tasklist does it: claimed only if it has nobody yet (counted), then the form submitted. */
  private void work(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    List<Map<String, Object>> visible = rest.getList(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNo
        + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(visible).as("%s of %s for %s", taskKey, caseNo, user).hasSize(1);
    Map<String, Object> task = visible.get(0);
    if (task.get("assignee") == null) {
      assertThat(rest.post(user, "/engine-rest/task/" + task.get("id") + "/claim", Map.of("userId", user))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      claims.merge(user, 1, Integer::sum);
    } else {
      assertThat(task.get("assignee")).as(taskKey).isEqualTo(user);
    }
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.get("id") + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(taskKey + ": " + submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void submit(String user, Task task, Map<String, Object> variables) {
    assertThat(task.getAssignee()).as(task.getName()).isEqualTo(user);
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(task.getName() + ": " + submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The colleague finds the handler's step in 本组待办 (with its assignee), not in 我的待办, and cannot claim it. */
  private void seenButNotTakenByAColleague(TasklistApi colleague, String caseNo, String taskKey) {
    Task task = task(caseNo, taskKey);
    assertThat(task.getAssignee()).as(taskKey).isEqualTo(HANDLER);
    assertThat(filterList(colleague, "本组待办")).anySatisfy(t -> {
      assertThat(t.path("id").asText()).isEqualTo(task.getId());
      assertThat(t.path("assignee").asText()).isEqualTo(HANDLER);
      assertThat(t.path("name").asText()).endsWith(" · " + ENTERPRISE);
    });
    assertThat(filterList(colleague, "我的待办")).noneSatisfy(t -> assertThat(t.path("id").asText())
        .isEqualTo(task.getId()));
    HttpResponse<String> claim = colleague.send("POST", "task/" + task.getId() + "/claim",
        json(Map.of("userId", COLLEAGUE)));
    assertThat(claim.statusCode()).isEqualTo(409);
    assertThat(claim.body()).contains("已由 " + HANDLER + " 办理", "转办");
    // Nor released to the group, to be claimed then.
    HttpResponse<String> unclaim = colleague.send("POST", "task/" + task.getId() + "/unclaim", null);
    assertThat(unclaim.statusCode()).isEqualTo(403);
    assertThat(unclaim.body()).contains("只有其本人可以取消认领");
    assertThat(task(caseNo, taskKey).getAssignee()).isEqualTo(HANDLER);
  }

  private List<JsonNode> filterList(TasklistApi user, String filterName) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    HttpResponse<String> listed = user.send("POST", "filter/" + filterId + "/list?firstResult=0&maxResults=1000",
        "{}");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    try {
      List<JsonNode> tasks = new ArrayList<>();
      JSON.readTree(listed.body()).forEach(tasks::add);
      return tasks;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Task task(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private List<Task> tasks(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list();
  }

  private List<RecordView> records(String caseNo, RecordKind kind) {
    return caseRecords.of(caseNo).stream().filter(r -> kind.name().equals(r.kind())).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ResponseEntity<Map<String, Object>> postForMap(String user, String path, Object body) {
    ResponseEntity<Map> answer = rest.as(user).postForEntity(path, body, Map.class);
    return ResponseEntity.status(answer.getStatusCode()).body((Map<String, Object>) answer.getBody());
  }

  private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).contains(message);
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
