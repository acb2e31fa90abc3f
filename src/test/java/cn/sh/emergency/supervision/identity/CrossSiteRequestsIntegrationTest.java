package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page of another site cannot drive {@code /api} or {@code /engine-rest} with the Basic credentials a browser has
 * cached for this server: what the browser sends for such a page (its site in {@code Origin}, or only in
 * {@code Referer}, or {@code Origin: null}) is refused with 403 and changes nothing; the same call from this server's
 * own pages or from a client that is not a browser goes through, and reading is never refused.
 */
@PostgresIntegrationTest
class CrossSiteRequestsIntegrationTest {

  static final String HANDLER = "jingan-handler";
  static final String EVIL = "https://evil.example";

  @LocalServerPort
  int port;
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
  CaseRecords caseRecords;

  EngineRest rest;
  HazardSteps hazards;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(intake, taskService, identityService);
  }

  @Test
  void anotherSitesPageCannotClaimATaskThroughTheEngineRestApi() {
    Task task = openTask(hazards.report(HANDLER, "南京西路街道", "HAZARDOUS_CHEMICALS"));
    String claim = "/engine-rest/task/" + task.getId() + "/claim";
    Map<String, Object> body = Map.of("userId", HANDLER);

    ResponseEntity<String> forged = post(claim, body, HttpHeaders.ORIGIN, EVIL);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("拒绝跨站请求");
    assertThat(post(claim, body, HttpHeaders.ORIGIN, "null").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(claim, body, HttpHeaders.REFERER, EVIL + "/prize.html").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    assertThat(post(claim, body, HttpHeaders.ORIGIN, "http://localhost:" + port).getStatusCode())
        .as("this server's own page").isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(HANDLER);
  }

  @Test
  void anotherSitesPageCannotDelegateATaskThroughTheApi() {
    String caseNo = hazards.report(HANDLER, "南京西路街道", "HAZARDOUS_CHEMICALS");
    Task task = openTask(caseNo);
    taskService.claim(task.getId(), HANDLER);
    String delegation = "/api/tasks/" + task.getId() + "/delegation";
    Map<String, Object> body = Map.of("delegate", "jingan-handler2", "reason", "请代为现场核查");

    ResponseEntity<String> forged = post(delegation, body, HttpHeaders.ORIGIN, EVIL);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("拒绝跨站请求");
    assertThat(caseRecords.of(caseNo)).noneMatch(r -> RecordKind.TASK_DELEGATED.name().equals(r.kind()));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(HANDLER);

    assertThat(get("/api/cases/" + caseNo, HttpHeaders.ORIGIN, EVIL).getStatusCode())
        .as("reading is not a change").isEqualTo(HttpStatus.OK);
    assertThat(rest.post(HANDLER, delegation, body).getStatusCode()).as("a client that is not a browser")
        .isEqualTo(HttpStatus.OK);
    assertThat(caseRecords.of(caseNo)).anyMatch(r -> RecordKind.TASK_DELEGATED.name().equals(r.kind()));
  }

  private Task openTask(String caseNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
  }

  private ResponseEntity<String> post(String path, Object body, String header, String value) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(header, value);
    return rest.as(HANDLER).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String path, String header, String value) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(header, value);
    return rest.as(HANDLER).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
