package cn.sh.emergency.supervision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.ModelerDeployment;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An administrator changes a rule or a form from Camunda Modeler, one file at a time: the new decision table applies
 * to decisions made from then on while decided cases keep their grade; a new form is what new tasks show. The
 * versions deployed here are removed afterwards.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class ModelChangeIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  EngineRest rest;
  final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @AfterEach
  void removeTestVersions() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void aNewAccidentGradeTableAppliesToNewDecisionsAndDecidedCasesKeepTheirGrade() throws IOException {
    String before = reportAccident();
    assertThat(ledger(before)).containsEntry("grade", AccidentGrade.GENERAL.code());
    assertThat(evaluateGrade()).isEqualTo(AccidentGrade.GENERAL.code());

    // The changed rule: two deaths already make a 较大 accident.
    String table = shipped("processes/accident/accident-grade.dmn");
    String changed = table.replace("<inputEntry id=\"InputEntry_Grade_07_1\"><text>&gt;= 3</text>",
        "<inputEntry id=\"InputEntry_Grade_07_1\"><text>&gt;= 2</text>");
    assertThat(changed).isNotEqualTo(table);
    assertThat(ModelerDeployment.deploy(rest.as("jingan-handler"), "accident-grade", "accident-grade.dmn", changed)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> deployed = deploy("accident-grade", "accident-grade.dmn", changed);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(evaluateGrade()).isEqualTo(AccidentGrade.LARGER.code());
    String after = reportAccident();
    assertThat(ledger(after)).containsEntry("grade", AccidentGrade.LARGER.code());
    assertThat(ledger(before)).containsEntry("grade", AccidentGrade.GENERAL.code());
    assertThat(runtimeService.getVariable(instanceOf(before), AccidentProcess.Var.GRADE))
        .isEqualTo(AccidentGrade.GENERAL.code());
  }

  @Test
  void aFormDeployedAloneIsWhatNewTasksShow() throws IOException {
    String form = shipped("forms/hazard/hazard-verify.form");
    String changed = form.replace("\"label\": \"核查结论\"", "\"label\": \"核查结论（新版）\"");
    assertThat(changed).isNotEqualTo(form);
    ResponseEntity<String> deployed = deploy("hazard-verify", "hazard-verify.form", changed);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> created = rest.post("jingan-handler", "/api/hazards", Map.of("district", "jingan",
        "enterpriseName", "表单测试企业", "enterpriseUscc", EngineRest.VALID_USCC, "sector", "INDUSTRY_TRADE",
        "source", "INSPECTION", "location", UniqueReports.location("某路1号"), "description", "隐患描述"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/cases/", "");
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(HazardProcess.USER_TASK_VERIFY_HAZARD).singleResult().getId();
    ResponseEntity<String> shown = rest.as("jingan-handler").getForEntity(
        "/engine-rest/task/" + taskId + "/deployed-form", String.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).contains("核查结论（新版）");
  }

  private ResponseEntity<String> deploy(String name, String file, String content) {
    ResponseEntity<String> response = ModelerDeployment.deploy(rest.as("admin"), name, file, content);
    if (response.getStatusCode().is2xxSuccessful()) {
      deployments.add(repositoryService.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc()
          .list().get(0).getId());
    }
    return response;
  }

  private String evaluateGrade() {
    Map<String, Object> variables = Map.of("deaths", Map.of("value", 2, "type", "Integer"),
        "seriousInjuries", Map.of("value", 0, "type", "Integer"),
        "directLossYuan", Map.of("value", 1_000_000, "type", "Long"));
    ResponseEntity<String> result = rest.post("admin", "/engine-rest/decision-definition/key/accident-grade/evaluate",
        Map.of("variables", variables));
    assertThat(result.getStatusCode()).as(result.getBody()).isEqualTo(HttpStatus.OK);
    return result.getBody().contains("\"LARGER\"") ? AccidentGrade.LARGER.code() : AccidentGrade.GENERAL.code();
  }

  private String reportAccident() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("district", "jingan");
    body.put("enterpriseName", "上海某机械制造有限公司");
    body.put("enterpriseUscc", UniqueReports.uscc());
    body.put("sector", "INDUSTRY_TRADE");
    body.put("occurredAt", "2026-03-02T07:00");
    body.put("reportedAt", "2026-03-02T07:40");
    body.put("deaths", 2);
    body.put("seriousInjuries", 0);
    body.put("missing", 0);
    body.put("directLossYuan", 1_000_000L);
    body.put("roadOrFire", false);
    body.put("description", "车间起重伤害");
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents", body);
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    return reported.getHeaders().getLocation().getPath().replace("/api/cases/", "");
  }

  private Map<String, Object> ledger(String caseNo) {
    return rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
  }

  private String instanceOf(String caseNo) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
  }

  private static String shipped(String path) throws IOException {
    return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
  }
}
