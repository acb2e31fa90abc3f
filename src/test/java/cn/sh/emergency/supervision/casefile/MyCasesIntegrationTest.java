package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 我的已办 and 我发起的 ({@code GET /api/cases/mine}) of handlers of their own (the shared database holds every other
 * test's cases of the demo users): the cases a user completed a task in, the latest first, with the steps done; the
 * cases the user reported; only of districts the user belongs to now; paged. And a case's 流转记录
 * ({@code GET /api/cases/{caseNo}/history}) with names and Chinese outcomes.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class MyCasesIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFile caseFile;
  @Autowired
  TransactionTemplate transactions;

  EngineRest rest;
  HazardSteps hazards;
  String handler;
  String colleague;
  String changning;
  final List<String> users = new ArrayList<>();

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(intake, taskService, identityService);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    handler = user("jingan-mine-" + suffix, "jingan", "甲");
    colleague = user("jingan-peer-" + suffix, "jingan", "乙");
    changning = user("changning-mine-" + suffix, "changning", "丙");
  }

  @AfterEach
  void removeUsers() {
    users.forEach(identityService::deleteUser);
  }

  @Test
  void aHandlerSeesTheCasesHeWorkedOnAndThoseHeReportedOfHisDistrictsOnly() {
    String reported = hazards.report(handler, "南京西路街道", "HAZARDOUS_CHEMICALS");
    verify(reported, handler, "2026-03-20");
    transactions.executeWithoutResult(status -> caseFile.markOverdue(reported));
    TestClock.set("2026-03-02T10:00:00");
    String helped = hazards.report(colleague, "南京西路街道", "HAZARDOUS_CHEMICALS");
    verify(helped, handler, "2026-03-04");
    TestClock.set("2026-03-02T11:00:00");
    String notMine = hazards.report(colleague, "南京西路街道", "HAZARDOUS_CHEMICALS");
    verify(notMine, colleague, "2026-03-20");
    String otherDistrict = hazards.report(changning, "虹桥街道", "HAZARDOUS_CHEMICALS");
    verify(otherDistrict, changning, "2026-03-20");

    Map<String, Object> done = mine(handler, "done", 0, 20);
    assertThat(done).containsEntry("list", "done").containsEntry("total", 2);
    List<Map<String, Object>> doneCases = items(done);
    assertThat(doneCases).extracting(c -> c.get("caseNo")).containsExactly(helped, reported);
    assertThat(doneCases.get(0)).containsEntry("lifecycle", "hazard-closed-loop").containsEntry("district", "jingan")
        .containsEntry("enterpriseName", "上海某化工有限公司").containsEntry("stageName", "跟踪整改")
        .containsEntry("overdue", false).containsEntry("lastAt", "2026-03-02T02:00:00Z")
        // Due on the second working day from now: within three working days.
        .containsEntry("light", "yellow");
    assertThat(doneCases.get(0).get("steps")).isEqualTo(List.of(Map.of("step", "核查隐患", "at", "2026-03-02T02:00:00Z")));
    assertThat(doneCases.get(1)).containsEntry("overdue", true).containsEntry("light", "red");

    assertThat(items(mine(handler, "started", 0, 20))).extracting(c -> c.get("caseNo")).containsExactly(reported);
    assertThat(items(mine(colleague, "started", 0, 20))).extracting(c -> c.get("caseNo"))
        .containsExactly(notMine, helped);
    List<Map<String, Object>> colleagueDone = items(mine(colleague, "done", 0, 20));
    assertThat(colleagueDone).extracting(c -> c.get("caseNo")).containsExactly(notMine);
    assertThat(colleagueDone.get(0)).containsEntry("light", "green");
    assertThat(items(mine(changning, "done", 0, 20))).extracting(c -> c.get("caseNo"))
        .containsExactly(otherDistrict);

    // Paged, newest first.
    Map<String, Object> first = mine(handler, "done", 0, 1);
    assertThat(first).containsEntry("total", 2).containsEntry("size", 1);
    assertThat(items(first)).extracting(c -> c.get("caseNo")).containsExactly(helped);
    assertThat(items(mine(handler, "done", 1, 1))).extracting(c -> c.get("caseNo")).containsExactly(reported);

    // A handler who left the district no longer sees its cases, though he worked on them.
    identityService.deleteTenantUserMembership("jingan", handler);
    assertThat(mine(handler, "done", 0, 20)).containsEntry("total", 0);
    assertThat(mine(handler, "started", 0, 20)).containsEntry("total", 0);
  }

  @Test
  void theListsTakeOnlyTheirParametersAndNeedALogin() {
    for (String query : List.of("list=everything", "list=done&size=101", "list=done&size=0", "list=started&page=-1")) {
      ResponseEntity<String> refused = rest.as(handler).getForEntity("/api/cases/mine?" + query, String.class);
      assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).containsAnyOf("list 应为 done（我的已办）或 started（我发起的）", "分页参数不正确");
    }
    assertThat(rest.as(handler).getForEntity("/api/cases/mine?list=done&size=100", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(restTemplate.getForEntity("/api/cases/mine?list=done", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theHistoryNamesWhoDidEachStepWithItsOutcomeInChinese() {
    String caseNo = hazards.report(handler, "南京西路街道", "HAZARDOUS_CHEMICALS");
    TestClock.set("2026-03-02T09:30:00");
    verify(caseNo, colleague, "2026-03-20");
    ResponseEntity<List<Map<String, Object>>> history = rest.getList("jingan-leader",
        "/api/cases/" + caseNo + "/history");
    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).first().isEqualTo(Map.of("time", "2026-03-02 09:30", "step", "核查隐患",
        "by", "测试承办乙", "outcome", "一般事故隐患", "opinion", "经核查属实"));
    assertThat(history.getBody()).last().satisfies(opened -> assertThat(opened)
        .containsEntry("time", "2026-03-02 09:00").containsEntry("by", "测试承办甲"));
    assertThat(rest.as("changning-handler").getForEntity("/api/cases/" + caseNo + "/history", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void verify(String caseNo, String user, String deadline) {
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, user, Map.of(
        Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, deadline,
        CommonVariables.OPINION, "经核查属实"));
  }

  private Map<String, Object> mine(String user, String list, int page, int size) {
    ResponseEntity<Map<String, Object>> answer = rest.getMap(user,
        "/api/cases/mine?list=" + list + "&page=" + page + "&size=" + size);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("items");
  }

  /** A handler of the district of its own, with the demo password, named 测试承办 + mark. */
  private String user(String id, String district, String mark) {
    User user = identityService.newUser(id);
    user.setFirstName("测试");
    user.setLastName("承办" + mark);
    user.setPassword(PlatformSample.PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, Roles.CASE_HANDLERS);
    identityService.createTenantUserMembership(district, id);
    users.add(id);
    return id;
  }
}
