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
    assertBad("from=2046-12-28&workingDays=5", "2046年超出法定期限的计算范围");
    assertBad("from=2026-03-02", "workingDays");
    assertBad("from=2026-03-02&days=1&workingDays=1", "workingDays");
    assertBad("from=2026-03-02&days=-1", "负数");
    assertBad("from=2026-03-02&days=abc", "参数格式不正确");
    assertBad("workingDays=3", "缺少参数");
  }

  @Test
  void aStepWhoseDeadlineFallsInAYearWithoutANoticeGetsAProvisionalDueDateAndSaysSo() {
    TestClock.set("2026-03-02T10:00:00");
    EngineRest rest = new EngineRest(restTemplate);
    ResponseEntity<Map<String, Object>> started = rest.start("jingan-handler", "platform-calendar-gap",
        EngineRest.caseVariables("jingan"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    Task first = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(first.getDescription()).as("no due date, nothing provisional").isNull();

    ResponseEntity<String> completed = rest.complete("jingan-handler", first.getId(), Map.of("handleOutcome", "DONE"));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task late = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(late.getTaskDefinitionKey()).isEqualTo("UserTask_Late");
    // 400 days from 2026-03-02 is Tue 2027-04-06, the day after the statutory 清明 of 2027.
    assertThat(late.getDueDate().toInstant().atZone(BureauTime.ZONE).toLocalDate())
        .isEqualTo(java.time.LocalDate.parse("2027-04-06"));
    assertThat(late.getDescription()).isEqualTo(ProvisionalNotice.TASK);
  }

  @Test
  void aDeadlineInAYearWithoutANoticeIsProvisionalAndNamesTheYear() {
    Map<String, Object> answer = get("from=2026-12-28&workingDays=5").getBody();
    assertThat(answer).containsEntry("deadline", "2027-01-05").containsEntry("provisional", true);
    assertThat(answer.get("note").toString()).contains("2027年尚无国务院节假日安排");
    assertThat(answer.get("years").toString()).contains("year=2026, status=OFFICIAL", "year=2027, status=PROVISIONAL");
    assertThat(get("from=2026-09-24&workingDays=5").getBody()).containsEntry("provisional", false);
  }

  @Test
  void theYearsSayWhichAreOfficialAndWhichProvisional() {
    ResponseEntity<java.util.List<Map<String, Object>>> years = new EngineRest(restTemplate).getList("jingan-handler",
        "/api/calendar/years");
    assertThat(years.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(years.getBody().toString()).contains("year=2026, status=OFFICIAL, statusName=正式",
        "国务院办公厅关于2026年部分节假日安排的通知", "year=2027, status=PROVISIONAL, statusName=暂定");
    Map<String, Object> year2027 = get2("/api/calendar/years/2027");
    assertThat(year2027.get("holidays").toString()).contains("name=春节, from=2027-02-05, to=2027-02-08");
  }

  @Test
  void theHealthEndpointNamesTheProvisionalYearsAndStaysUp() {
    ResponseEntity<Map<String, Object>> health = restTemplate.exchange("/actuator/health/calendar",
        org.springframework.http.HttpMethod.GET, null,
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().toString()).contains("status=UP", "provisionalYears=[2027");
  }

  private Map<String, Object> get2(String path) {
    return new EngineRest(restTemplate).getMap("jingan-handler", path).getBody();
  }

  private void assertBad(String query, String messagePart) {
    ResponseEntity<Map<String, Object>> response = get(query);
    assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("detail").toString()).as(query).contains(messagePart);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "at cn.");
  }
}
