package cn.sh.emergency.supervision.identity.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A task opened before its form had pickers (an upgrade, a new form version: forms are bound to the latest version)
 * gets its pickers' options when the server starts; a task that has them keeps them.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class PeopleOptionsOnTasksIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  PeopleOptionsOnTasks options;

  @Test
  void openTasksWithoutOptionsGetThemAtStartUp() {
    EngineRest rest = new EngineRest(restTemplate);
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents", ApiBodies.accident());
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = reported.getBody().replaceAll(".*\"caseNo\":\"([^\"]+)\".*", "$1");
    Task review = task(caseNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION);
    assertThat(rest.complete("jingan-leader", review.getId(), Map.of("escalationDecision", "KEEP",
        "escalationReason", "一般事故，区级调查")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task team = task(caseNo, AccidentProcess.USER_TASK_FORM_TEAM);
    String given = String.valueOf(taskService.getVariableLocal(team.getId(), "teamLeaderOptions"));
    taskService.removeVariableLocal(team.getId(), "teamLeaderOptions");  // as a task opened before the pickers

    options.fillOpenTasks();

    Object filled = taskService.getVariableLocal(team.getId(), "teamLeaderOptions");
    assertThat(filled).isNotNull();
    assertThat(String.valueOf(filled)).isEqualTo(given).contains("\"value\":\"jingan-leader\"");
    options.fillOpenTasks();
    assertThat(String.valueOf(taskService.getVariableLocal(team.getId(), "teamLeaderOptions"))).isEqualTo(given);
  }

  private Task task(String caseNo, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
  }
}
