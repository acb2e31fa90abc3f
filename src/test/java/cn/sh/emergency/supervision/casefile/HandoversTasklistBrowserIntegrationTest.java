package cn.sh.emergency.supervision.casefile;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * 委派, 完成委派 and 转办 in the Chinese Tasklist, with the buttons of the task's header: a handler delegates to a
 * colleague picked by name, the colleague hands it back; a section chief transfers, and is told in Chinese why not
 * while the task is delegated; a handler is not offered 转办. Each hand-over is in the case's full-process record
 * with who, to whom and why.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class HandoversTasklistBrowserIntegrationTest {

  static final String HANDLER = "jingan-handler";
  static final String COLLEAGUE = "jingan-handler2";
  static final String COLLEAGUE_NAME = "静安区承办人二";
  static final String CHIEF = "jingan-chief";

  @LocalServerPort
  int port;
  @Autowired
  HazardIntake intake;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  TestRestTemplate restTemplate;

  HazardSteps hazards;
  EngineRest rest;
  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    hazards = new HazardSteps(intake, taskService, identityService);
    rest = new EngineRest(restTemplate);
    browser = HeadlessChromium.start("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aHandlerDelegatesToAColleagueWhoHandsItBack() {
    String caseNo = hazards.report(HANDLER, "南京西路街道", "HAZARDOUS_CHEMICALS");
    TasklistPage tasklist = new TasklistPage(browser, port).logIn(HANDLER, PlatformSample.PASSWORD)
        .filter("本组待办").openTaskOf(caseNo);
    assertThat(tasklist.handOvers()).as("not yet the handler's task: nothing to hand over").isEmpty();
    tasklist.claim().waitForHandOvers("委派");

    List<String> colleagues = tasklist.openHandOver("委派");
    assertThat(colleagues).as("colleagues of the group in the case's district and the city, by name")
        .contains(COLLEAGUE_NAME, "上海市承办人").doesNotContain("静安区承办人").noneMatch(n -> n.startsWith("长宁区"))
        .allSatisfy(name -> assertThat(name).doesNotContainPattern("[A-Za-z]"));
    tasklist.confirmHandOver(null, "请代为现场核查");
    assertThat(tasklist.handOverError()).isEqualTo("请选择委派给谁");
    tasklist.confirmHandOver(COLLEAGUE_NAME, " ");
    assertThat(tasklist.handOverError()).isEqualTo("请填写委派事项或理由");
    tasklist.confirmHandOver(COLLEAGUE_NAME, "请代为现场核查");
    tasklist.waitForText("任务已委派给 " + COLLEAGUE_NAME).waitForHandOvers();

    Task delegated = task(caseNo);
    assertThat(delegated.getAssignee()).isEqualTo(COLLEAGUE);
    assertThat(delegated.getOwner()).isEqualTo(HANDLER);
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);

    tasklist.logOut().logIn(COLLEAGUE, PlatformSample.PASSWORD).filter("我的待办").openTaskOf(caseNo)
        .waitForHandOvers("完成委派");
    assertThat(tasklist.openHandOver("完成委派")).as("no one to pick: the task goes back to its owner").isEmpty();
    assertThat(tasklist.text()).contains("归还给 静安区承办人");
    tasklist.confirmHandOver(null, "现场已核查，情况属实").waitForText("任务已归还给 静安区承办人");

    Task back = waitFor(caseNo, t -> HANDLER.equals(t.getAssignee()));
    assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    List<Map<String, Object>> records = records(caseNo);
    assertThat(records).filteredOn(r -> "TASK_DELEGATED".equals(r.get("kind"))).singleElement().satisfies(r -> {
      assertThat(r).containsEntry("actor", HANDLER).containsEntry("opinion", "请代为现场核查");
      assertThat((String) r.get("details")).contains("\"delegate\":\"" + COLLEAGUE + "\"");
    });
    assertThat(records).filteredOn(r -> "TASK_RESOLVED".equals(r.get("kind"))).singleElement().satisfies(r ->
        assertThat(r).containsEntry("actor", COLLEAGUE).containsEntry("opinion", "现场已核查，情况属实"));
  }

  @Test
  void aChiefTransfersAndIsToldWhyNotWhileTheTaskIsDelegated() {
    String caseNo = hazards.report(HANDLER, "南京西路街道", "HAZARDOUS_CHEMICALS");
    String taskId = task(caseNo).getId();
    taskService.claim(taskId, HANDLER);
    assertThat(rest.post(HANDLER, "/api/tasks/" + taskId + "/delegation",
        Map.of("delegate", COLLEAGUE, "reason", "请代为现场核查")).getStatusCode()).isEqualTo(HttpStatus.OK);

    // The chief finds the handlers' task in 本区在办; while it is delegated the server refuses, in Chinese.
    TasklistPage tasklist = new TasklistPage(browser, port).logIn(CHIEF, PlatformSample.PASSWORD)
        .filter("本区在办").openTaskOf(caseNo).waitForHandOvers("转办");
    assertThat(tasklist.taskCase()).isEqualTo("案件 " + caseNo + "（上海某化工有限公司）");
    tasklist.openHandOver("转办");
    tasklist.confirmHandOver("静安区承办人", "调整分工");
    assertThat(tasklist.handOverError()).isEqualTo("任务已委派给 " + COLLEAGUE + "，须待其归还后再转办");
    tasklist.cancelHandOver();
    assertThat(task(caseNo).getAssignee()).isEqualTo(COLLEAGUE);

    assertThat(rest.post(COLLEAGUE, "/api/tasks/" + taskId + "/resolution", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    tasklist.openTaskOf(caseNo).waitForHandOvers("转办");
    assertThat(tasklist.openHandOver("转办")).as("not the one who has it").contains(COLLEAGUE_NAME)
        .doesNotContain("静安区承办人");
    tasklist.confirmHandOver(COLLEAGUE_NAME, "承办人外出培训，转同组办理").waitForText("任务已转给 " + COLLEAGUE_NAME);

    waitFor(caseNo, t -> COLLEAGUE.equals(t.getAssignee()));
    assertThat(records(caseNo)).filteredOn(r -> "TASK_TRANSFERRED".equals(r.get("kind"))).singleElement()
        .satisfies(r -> {
          assertThat(r).containsEntry("actor", CHIEF).containsEntry("opinion", "承办人外出培训，转同组办理")
              .containsEntry("activityId", HazardProcess.USER_TASK_VERIFY_HAZARD);
          assertThat((String) r.get("details")).contains("\"from\":\"" + HANDLER + "\"", "\"to\":\"" + COLLEAGUE + "\"");
        });
  }

  private Task task(String caseNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
  }

  private Task waitFor(String caseNo, Predicate<Task> state) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
      Task task = task(caseNo);
      return state.test(task) ? task : null;
    });
  }

  /** The case's full-process record, as GET /api/cases/{caseNo}/records answers the handler. */
  private List<Map<String, Object>> records(String caseNo) {
    return rest.getList(HANDLER, "/api/cases/" + caseNo + "/records").getBody();
  }
}
