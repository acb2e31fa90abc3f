package cn.sh.emergency.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task's form submitted over the engine's REST API as its user would: claimed, then submitted. */
public final class TaskForms {

  private final EngineRest rest;
  private final TaskService taskService;

  public TaskForms(EngineRest rest, TaskService taskService) {
    this.rest = rest;
    this.taskService = taskService;
  }

  /** The only open task of the step of the case. */
  public Task task(String caseNo, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of " + caseNo).isNotNull();
    return task;
  }

  public void submit(String user, Task task, Map<String, Object> variables) {
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> submitted = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(submitted.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The user's submission, refused (400): the message; the task is left unclaimed again for the next try. */
  public String refusal(String user, Task task, Map<String, Object> variables) {
    rest.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    ResponseEntity<String> refused = rest.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", EngineRest.typed(variables)));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    taskService.setAssignee(task.getId(), null);
    return refused.getBody();
  }
}
