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

/** The four shared Tasklist filters, as Tasklist lists them over the REST API. */
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

  private List<Object> listed(String user, String filterName, EngineRest rest) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return rest.getList(user, "/engine-rest/filter/" + filterId + "/list?maxResults=1000").getBody().stream()
        .map(t -> t.get("id")).toList();
  }
}
