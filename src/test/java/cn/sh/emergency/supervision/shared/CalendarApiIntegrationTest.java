package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
class CalendarApiIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;

  @AfterEach
  void tearDown() {
    TestClock.reset();
  }

  private ResponseEntity<Map<String, Object>> get(String query) {
    return new EngineRest(restTemplate).getMap("jingan-handler", "/api/calendar/deadline?" + query);
  }

  @Test
  void answersWorkingDaysDaysAndMonths() {
    assertThat(get("from=2026-09-24&workingDays=5").getBody()).containsEntry("deadline", "2026-10-09");
    assertThat(get("from=2026-09-20&days=15").getBody()).containsEntry("deadline", "2026-10-08");
    assertThat(get("from=2026-01-01&months=1").getBody()).containsEntry("deadline", "2026-02-02");
  }

  @Test
  void badQueriesAre400WithAChineseMessage() {
    assertBad("from=2026-13-01&days=5", "起算日期格式不正确");
    assertBad("from=2026-12-28&workingDays=5", "2027");
    assertBad("from=2026-03-02", "workingDays");
    assertBad("from=2026-03-02&days=1&workingDays=1", "workingDays");
    assertBad("from=2026-03-02&days=-1", "负数");
    assertBad("from=2026-03-02&days=abc", "参数格式不正确");
    assertBad("workingDays=3", "缺少参数");
  }

  @Test
  void aStepWhoseDeadlineFallsBeyondTheHolidayDataIsRefusedAndNothingIsWritten() {
    TestClock.set("2026-03-02T10:00:00");
    EngineRest rest = new EngineRest(restTemplate);
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", "platform-calendar-gap",
        EngineRest.caseVariables("jingan"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    Task first = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

    ResponseEntity<String> completed = rest.complete("jingan-handler", first.getId(), Map.of("handleOutcome", "DONE"));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(completed.getBody()).contains("节假日数据未覆盖2027年");
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .as("the first task is still open").isEqualTo("UserTask_First");
  }

  private void assertBad(String query, String messagePart) {
    ResponseEntity<Map<String, Object>> response = get(query);
    assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).as(query).contains(messagePart);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at cn.");
  }
}
