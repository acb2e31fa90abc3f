package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The four shared Tasklist filters, and 本区在办 of section chiefs and leaders, as Tasklist lists them over the REST
 * API.
 */
@PostgresIntegrationTest
class TasklistFiltersIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskService taskService;

  @AfterEach
  void tearDown() {
    TestClock.reset();
  }

  @Test
  void everyWorkGroupSeesTheFourSharedFilters() {
    EngineRest rest = new EngineRest(restTemplate);
    for (String user : List.of("jingan-handler", "jingan-chief", "jingan-reviewer", "jingan-leader", "city-leader")) {
      assertThat(rest.getList(user, "/engine-rest/filter").getBody()).extracting(f -> f.get("name"))
          .as(user).contains("我的待办", "本组待办", "即将到期", "已逾期");
    }
  }

  /** Where chiefs and leaders open a colleague's task to 转办 it: every open task of their districts, no other. */
  @Test
  void chiefsAndLeadersSeeEveryOpenTaskOfTheirDistricts() {
    EngineRest rest = new EngineRest(restTemplate);
    String jingan = rest.startCase("jingan-handler", "jingan");
    String changning = rest.startCase("changning-handler", "changning");
    for (String user : List.of("jingan-chief", "jingan-leader")) {
      assertThat(filterNames(user, rest)).as(user).contains("本区在办");
      assertThat(listedOf(user, jingan, rest)).as(user).hasSize(1);
      assertThat(listedOf(user, changning, rest)).as(user + " sees no other district's task").isEmpty();
    }
    assertThat(listedOf("city-leader", changning, rest)).hasSize(1);
    for (String user : List.of("jingan-handler", "jingan-reviewer")) {
      assertThat(filterNames(user, rest)).as(user).doesNotContain("本区在办");
    }
  }

  @Test
  void dueSoonAndOverdueFollowTheWorkingCalendarAndTheEngineClock() {
    EngineRest rest = new EngineRest(restTemplate);
    // Monday 2026-09-21: the handling task is due 5 working days later, at the end of Tuesday 09-29
    // (22, 23, 24, then 中秋 25–27 are off, 28, 29).
    TestClock.set("2026-09-21T09:00:00");
    String caseNo = rest.startCase("jingan-handler", "jingan");
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();

    assertThat(listed("jingan-handler", "即将到期", rest)).doesNotContain(taskId);

    // Wednesday 09-23: three working days ahead (24, 28, 29) reach the due day, so the task is due soon.
    TestClock.set("2026-09-23T09:00:00");
    assertThat(listed("jingan-handler", "即将到期", rest)).contains(taskId);
    assertThat(listed("jingan-handler", "已逾期", rest)).doesNotContain(taskId);
    assertThat(listed("changning-handler", "即将到期", rest)).doesNotContain(taskId);

    rest.as("jingan-handler").postForEntity("/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "jingan-handler"), String.class);
    assertThat(listed("jingan-handler", "我的待办", rest)).contains(taskId);
    // The group still sees a task one of them has (承办连续性 hands cases on without a claim).
    assertThat(listed("jingan-handler", "本组待办", rest)).contains(taskId);
    assertThat(listed("jingan-handler2", "本组待办", rest)).contains(taskId);
    assertThat(listed("jingan-handler2", "我的待办", rest)).doesNotContain(taskId);

    // Wednesday 09-30: past due.
    TestClock.set("2026-09-30T09:00:00");
    assertThat(listed("jingan-handler", "已逾期", rest)).contains(taskId);
    assertThat(listed("jingan-handler", "即将到期", rest)).doesNotContain(taskId);
  }

  private static List<Object> filterNames(String user, EngineRest rest) {
    return rest.getList(user, "/engine-rest/filter").getBody().stream().map(f -> f.get("name")).toList();
  }

  /** The case's tasks in 本区在办, as Tasklist lists them when searching by case number. */
  private List<?> listedOf(String user, String caseNo, EngineRest rest) {
    String filterId = filterService.createFilterQuery().filterName("本区在办").singleResult().getId();
    ResponseEntity<List> listed = rest.as(user).postForEntity("/engine-rest/filter/" + filterId + "/list",
        Map.of("processInstanceBusinessKey", caseNo), List.class);
    assertThat(listed.getStatusCode().is2xxSuccessful()).as(user).isTrue();
    return listed.getBody();
  }

  private List<Object> listed(String user, String filterName, EngineRest rest) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return rest.getList(user, "/engine-rest/filter/" + filterId + "/list?maxResults=1000").getBody().stream()
        .map(t -> t.get("id")).toList();
  }
}
