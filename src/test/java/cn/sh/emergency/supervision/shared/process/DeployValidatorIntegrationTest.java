package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.ModelerDeployment;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Models are checked at deploy time, whatever the source: Camunda Modeler over REST or the Java API. */
@PostgresIntegrationTest
class DeployValidatorIntegrationTest {

  private static final String HEADER = """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="x">
      """;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repositoryService;

  private ResponseEntity<String> deployAsAdmin(String name, String file, String content) {
    return ModelerDeployment.deploy(rest.withBasicAuth("admin", "demo"), name, file, content);
  }

  private static String process(String key, String ttl, String body) {
    return HEADER + "<process id=\"" + key + "\" isExecutable=\"true\"" + ttl + ">"
        + "<startEvent id=\"StartEvent_Start\"/>" + body + "</process></definitions>";
  }

  private static final String TTL = " camunda:historyTimeToLive=\"P10950D\"";

  @Test
  void userTaskWithoutCandidateGroupIsRefusedNamingTheElement() {
    ResponseEntity<String> response = deployAsAdmin("bad", "no-group.bpmn", process("no-group", TTL,
        "<userTask id=\"UserTask_Orphan\" name=\"无人认领\" camunda:formRef=\"platform-handle\"/>"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("UserTask_Orphan", "候选组", "no-group.bpmn");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("no-group").count()).isZero();
  }

  @Test
  void userTaskWithoutFormOrWithAnUnknownFormIsRefused() {
    assertThat(deployAsAdmin("bad", "no-form.bpmn", process("no-form", TTL,
        "<userTask id=\"UserTask_NoForm\" camunda:candidateGroups=\"case-handlers\"/>")).getBody())
        .contains("UserTask_NoForm", "camunda:formRef");
    ResponseEntity<String> unknown = deployAsAdmin("bad", "ghost-form.bpmn", process("ghost-form", TTL,
        "<userTask id=\"UserTask_Ghost\" camunda:candidateGroups=\"case-handlers\" camunda:formRef=\"ghost\"/>"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("UserTask_Ghost", "ghost", "不存在");
  }

  @Test
  void scriptTaskIsRefused() {
    ResponseEntity<String> response = deployAsAdmin("bad", "script.bpmn", process("script", TTL,
        "<scriptTask id=\"ScriptTask_Evil\" scriptFormat=\"javascript\"><script>1</script></scriptTask>"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("ScriptTask_Evil", "脚本");
  }

  @Test
  void missingHistoryTimeToLiveIsRefusedWithOurMessage() {
    ResponseEntity<String> response = deployAsAdmin("bad", "no-ttl.bpmn", process("no-ttl", "", ""));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("no-ttl", "historyTimeToLive");
  }

  @Test
  void aFormDeployedAloneCanBeReferencedByAModelDeployedLater() {
    String form = "{\"id\":\"validator-alone\",\"type\":\"default\",\"components\":[]}";
    assertThat(deployAsAdmin("form-alone", "validator-alone.form", form).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> model = deployAsAdmin("model-alone", "uses-form.bpmn", process("uses-form", TTL,
        "<userTask id=\"UserTask_UsesForm\" camunda:candidateGroups=\"case-handlers\""
            + " camunda:formRef=\"validator-alone\" camunda:formRefBinding=\"latest\"/>"));
    assertThat(model.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theJavaApiIsCheckedToo() {
    try {
      repositoryService.createDeployment().addString("java.bpmn", process("java-api", "", "")).deploy();
      throw new AssertionError("deployment should have been refused");
    } catch (ParseException e) {
      assertThat(e.getMessage()).contains("java-api");
      assertThat(e.getResorceReports().get(0).getErrors()).extracting(p -> p.getMainElementId())
          .containsExactly("java-api");
    }
  }
}
