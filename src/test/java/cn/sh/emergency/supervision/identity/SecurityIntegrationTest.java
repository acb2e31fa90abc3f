package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.ModelerDeployment;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class SecurityIntegrationTest {

  @Autowired
  TestRestTemplate anonymous;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  FilterService filterService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(anonymous);
  }

  @Test
  void anonymousCallersGet401OnTheEngineRestAndTheApi() {
    assertThat(anonymous.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> api = anonymous.getForEntity("/api/calendar/deadline?from=2026-03-02&workingDays=5",
        String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("请先登录");
    assertThat(anonymous.getForEntity("/api/cases/HZ-JINGAN-2026-000001", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthAndPublicPathsAreAnonymous() {
    assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getForEntity("/api/public/decisions", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // Other public paths are not behind the login either (and do not exist).
    assertThat(anonymous.getForEntity("/api/public/nothing-here", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aWrongPasswordIsRefused() {
    // A user of its own: Camunda delays further logins of a user after a wrong password.
    if (identityService.createUserQuery().userId("wrong-password-probe").count() == 0) {
      var probe = identityService.newUser("wrong-password-probe");
      probe.setPassword("demo");
      identityService.saveUser(probe);
    }
    assertThat(anonymous.withBasicAuth("wrong-password-probe", "not-the-password")
        .getForEntity("/api/calendar/deadline?from=2026-03-02&days=1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebappsFirstAdminSetupCanNeverCreateAnAdministrator() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = anonymous.postForEntity("/camunda/api/admin/setup/default/user/create",
        new HttpEntity<>("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"a\",\"lastName\":\"b\"},"
            + "\"credentials\":{\"password\":\"Intruder-123456\"}}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void aHandlerCannotDeployAnAdministratorCan() {
    String bpmn = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">
          <process id="security-deploy-probe" isExecutable="true" camunda:historyTimeToLive="P10950D">
            <startEvent id="StartEvent_Probe"/>
          </process>
        </definitions>""";
    assertThat(deploy("jingan-handler", bpmn).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("jingan-leader", bpmn).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("admin", bpmn).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDistrictSeesOnlyItsOwnInstancesAndTasks() {
    String jinganCase = rest.startCase("jingan-handler", "jingan");
    String changningCase = rest.startCase("changning-handler", "changning");

    List<Map<String, Object>> jinganInstances = rest.getList("jingan-handler", "/engine-rest/process-instance").getBody();
    assertThat(jinganInstances).extracting(i -> i.get("businessKey")).contains(jinganCase).doesNotContain(changningCase);
    assertThat(jinganInstances).extracting(i -> i.get("tenantId")).containsOnly("jingan");

    List<Map<String, Object>> jinganTasks = rest.getList("jingan-handler", "/engine-rest/task").getBody();
    assertThat(jinganTasks).isNotEmpty().extracting(t -> t.get("tenantId")).containsOnly("jingan");
    List<Map<String, Object>> changningTasks = rest.getList("changning-handler", "/engine-rest/task").getBody();
    assertThat(changningTasks).isNotEmpty().extracting(t -> t.get("tenantId")).containsOnly("changning");

    String changningInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(changningCase)
        .singleResult().getId();
    assertThat(rest.getMap("jingan-handler", "/engine-rest/process-instance/" + changningInstanceId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The shared Tasklist filter "本组待办" lists only the district's tasks.
    String groupFilter = filterService.createFilterQuery().filterName("本组待办").singleResult().getId();
    List<Map<String, Object>> filtered = rest.getList("jingan-handler", "/engine-rest/filter/" + groupFilter + "/list")
        .getBody();
    assertThat(filtered).isNotEmpty().extracting(t -> t.get("tenantId")).containsOnly("jingan");

    // The city level sees both districts.
    List<Map<String, Object>> cityInstances = rest.getList("city-leader", "/engine-rest/process-instance").getBody();
    assertThat(cityInstances).extracting(i -> i.get("businessKey")).contains(jinganCase, changningCase);

    // The case file answers 404 across districts, exactly as for a case that does not exist.
    assertThat(rest.getMap("changning-handler", "/api/cases/" + jinganCase).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getMap("jingan-handler", "/api/cases/" + jinganCase).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("city-leader", "/api/cases/" + changningCase).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aHandlerCannotWorkAnotherDistrictsTask() {
    String changningCase = rest.startCase("changning-handler", "changning");
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(changningCase).singleResult().getId();
    ResponseEntity<String> claim = rest.post("jingan-handler", "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "jingan-handler"));
    assertThat(claim.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void badStartInputIsA400AndStartsNothing() {
    long before = runtimeService.createProcessInstanceQuery().count();

    Map<String, Object> unknownDistrict = EngineRest.caseVariables("atlantis");
    ResponseEntity<Map<String, Object>> response = rest.start("jingan-handler", "platform-sample", unknownDistrict);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).contains("未知的区代码");

    Map<String, Object> badUscc = EngineRest.caseVariables("jingan");
    badUscc.put("enterpriseUscc", "91310000MA1FL8TQ4X");
    response = rest.start("jingan-handler", "platform-sample", badUscc);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).contains("统一社会信用代码");

    Map<String, Object> noDistrict = EngineRest.caseVariables("jingan");
    noDistrict.remove("district");
    assertThat(rest.start("jingan-handler", "platform-sample", noDistrict).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aHandlerOpensCasesOnlyInTheirOwnDistrict() {
    long before = runtimeService.createProcessInstanceQuery().count();
    ResponseEntity<Map<String, Object>> elsewhere = rest.start("jingan-handler", "platform-sample",
        EngineRest.caseVariables("changning"));
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(elsewhere.getBody().get("message").toString()).contains("无权在长宁区立案");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(rest.start("changning-handler", "platform-sample", EngineRest.caseVariables("changning"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyHandlersStartCases() {
    assertThat(rest.start("jingan-reviewer", "platform-sample", EngineRest.caseVariables("jingan")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<String> deploy(String user, String bpmn) {
    return ModelerDeployment.deploy(rest.as(user), "security-probe", "security-probe.bpmn", bpmn);
  }
}
