package cn.sh.emergency.supervision.admin;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.ModelerDeployment;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An administrator adds a step to the hazard lifecycle (归档 before the end), deploys it from Camunda Modeler and
 * migrates cases waiting in four different steps to the new version: a dry run first, then the batch; the cases
 * then finish on the new version, through the new step. A version without a counterpart for a waiting step is
 * refused. The versions deployed here are removed afterwards, so later tests see the shipped model.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class InstanceMigrationIntegrationTest {

  static final String ARCHIVE = "UserTask_ArchiveCase";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IdentityService identityService;
  @Autowired
  HazardIntake intake;

  EngineRest rest;
  HazardSteps hazards;
  final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(intake, taskService, identityService);
  }

  @AfterEach
  void removeTestVersions() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void casesWaitingInFourStepsMoveToTheNewVersionAndFinishThere() {
    ProcessDefinition v1 = latestHazardDefinition();
    String atVerification = report();
    String atListing = verified(report(), Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
    String atRectification = verified(report(), Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
        Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-04-30"));
    String atAcceptance = verified(report(), Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(),
        Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "现场照片"));
    List<String> cases = List.of(atVerification, atListing, atRectification, atAcceptance);

    ResponseEntity<String> deployed = ModelerDeployment.deploy(rest.as("admin"), "hazard-closed-loop",
        "hazard-closed-loop.bpmn", withArchiveStep(hazardModel(v1)));
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessDefinition v2 = latestHazardDefinition();
    deployments.add(v2.getDeploymentId());
    assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

    Map<String, Object> request = request(v1.getVersion(), v2.getVersion(), instanceIds(cases), null);
    assertThat(rest.post("jingan-leader", "/api/admin/migrations", request).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> dryRun = post("admin", request);
    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dryRun.getBody()).containsEntry("migratable", true).containsEntry("instances", 4)
        .containsEntry("batchId", null);
    assertThat(dryRun.getBody().get("mapped").toString()).contains(HazardProcess.USER_TASK_VERIFY_HAZARD,
        HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, HazardProcess.USER_TASK_RECORD_RECTIFICATION,
        HazardProcess.USER_TASK_ACCEPT_RECTIFICATION);
    assertThat(instanceDefinitions(cases)).containsOnly(v1.getId());

    ResponseEntity<Map<String, Object>> started = post("admin", request(v1.getVersion(), v2.getVersion(),
        instanceIds(cases), false));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String batchId = (String) started.getBody().get("batchId");
    runBatch(batchId);
    Map<String, Object> status = rest.getMap("admin", "/api/admin/migrations/" + batchId).getBody();
    assertThat(status).containsEntry("done", true).containsEntry("failed", 0);
    assertThat(instanceDefinitions(cases)).containsOnly(v2.getId());

    complete(atVerification, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", Map.of(
        Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "现场照片"));
    complete(atListing, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, "jingan-handler", Map.of(
        Var.MEASURES_REQUIRED, "危化品分区存放", Var.SUSPENSION, Suspension.NONE.code(),
        Var.RECTIFICATION_DEADLINE, "2026-04-30"));
    complete(atListing, HazardProcess.USER_TASK_APPROVE_LISTING, "jingan-leader", Map.of(
        Var.LISTING_APPROVAL, Code.APPROVED));
    complete(atListing, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, "jingan-handler", HazardSteps.rectificationPlan(true));
    for (String caseNo : List.of(atListing, atRectification)) {
      complete(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION, "jingan-handler", Map.of(
          Var.RECTIFICATION_STATUS, Code.COMPLETED));
    }
    for (String caseNo : cases) {
      complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, "jingan-handler", Map.of(
          Var.ACCEPTANCE, Code.PASSED));
      complete(caseNo, ARCHIVE, "jingan-handler", Map.of(CommonVariables.OPINION, "已归档"));
      Map<String, Object> ledger = rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
      assertThat(ledger).as(caseNo).containsEntry("outcome", HazardProcess.Outcome.RECTIFIED);
      assertThat(ledger.get("timeline").toString()).contains(ARCHIVE);
    }
  }

  @Test
  void aVersionWithoutACounterpartForAWaitingStepIsRefused() {
    ProcessDefinition v1 = latestHazardDefinition();
    String atVerification = report();
    String renamed = hazardModel(v1).replace("\"" + HazardProcess.USER_TASK_VERIFY_HAZARD + "\"",
        "\"UserTask_CheckHazard\"").replace(">" + HazardProcess.USER_TASK_VERIFY_HAZARD + "<", ">UserTask_CheckHazard<");
    ResponseEntity<String> deployed = ModelerDeployment.deploy(rest.as("admin"), "hazard-closed-loop",
        "hazard-closed-loop.bpmn", renamed);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessDefinition v2 = latestHazardDefinition();
    deployments.add(v2.getDeploymentId());

    List<String> ids = instanceIds(List.of(atVerification));
    Map<String, Object> report = post("admin", request(v1.getVersion(), v2.getVersion(), ids, true)).getBody();
    assertThat(report).containsEntry("migratable", false);
    assertThat(report.get("unmapped").toString()).contains(HazardProcess.USER_TASK_VERIFY_HAZARD, "核查隐患");

    ResponseEntity<Map<String, Object>> refused = post("admin", request(v1.getVersion(), v2.getVersion(), ids, false));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").toString()).contains("无法迁移", HazardProcess.USER_TASK_VERIFY_HAZARD,
        "没有对应环节");
    assertThat(instanceDefinitions(List.of(atVerification))).containsOnly(v1.getId());

    assertThat(post("admin", request(v1.getVersion(), 999, ids, true)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("admin", request(v1.getVersion(), v1.getVersion(), ids, true)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** Runs the batch's jobs as the job executor would: the seed job, the migration jobs, the monitor. */
  private void runBatch(String batchId) {
    for (int round = 0; round < 10; round++) {
      Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
      if (batch == null) {
        return;
      }
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
          managementService.executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("batch did not finish: " + batchId);
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return rest.as(user).exchange("/api/admin/migrations", HttpMethod.POST, new HttpEntity<>(body),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  private static Map<String, Object> request(int source, int target, List<String> ids, Boolean dryRun) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("processDefinitionKey", HazardProcess.PROCESS_KEY);
    request.put("sourceVersion", source);
    request.put("targetVersion", target);
    request.put("processInstanceIds", ids);
    if (dryRun != null) {
      request.put("dryRun", dryRun);
    }
    return request;
  }

  private ProcessDefinition latestHazardDefinition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(HazardProcess.PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult();
  }

  private String hazardModel(ProcessDefinition definition) {
    try (InputStream xml = repositoryService.getProcessModel(definition.getId())) {
      return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped model with a user task 归档 between 销号 and the end. */
  private static String withArchiveStep(String model) {
    String flow = "<bpmn:sequenceFlow id=\"Flow_ToHazardClosed\" sourceRef=\"ServiceTask_CloseHazard\" "
        + "targetRef=\"EndEvent_HazardClosed\" />";
    assertThat(model).contains(flow);
    return model.replace(flow, "<bpmn:sequenceFlow id=\"Flow_ToHazardClosed\" sourceRef=\"ServiceTask_CloseHazard\" "
            + "targetRef=\"" + ARCHIVE + "\" />"
            + "<bpmn:userTask id=\"" + ARCHIVE + "\" name=\"归档\" camunda:candidateGroups=\"case-handlers\" "
            + "camunda:formRef=\"hazard-acceptance\" camunda:formRefBinding=\"latest\" />"
            + "<bpmn:sequenceFlow id=\"Flow_ArchiveToEnd\" sourceRef=\"" + ARCHIVE + "\" "
            + "targetRef=\"EndEvent_HazardClosed\" />")
        .replace("<bpmn:incoming>Flow_ToHazardClosed</bpmn:incoming></bpmn:endEvent>",
            "<bpmn:incoming>Flow_ArchiveToEnd</bpmn:incoming></bpmn:endEvent>");
  }

  private List<String> instanceIds(List<String> cases) {
    return cases.stream().map(caseNo -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNo).singleResult().getId()).toList();
  }

  private List<String> instanceDefinitions(List<String> cases) {
    return cases.stream().map(caseNo -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNo).singleResult().getProcessDefinitionId()).toList();
  }

  private String report() {
    return hazards.report("jingan-handler", "江宁路街道", "INDUSTRY_TRADE");
  }

  private void complete(String caseNo, String taskKey, String user, Map<String, Object> variables) {
    hazards.complete(caseNo, taskKey, user, variables);
  }

  private String verified(String caseNo, Map<String, Object> verification) {
    complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", verification);
    return caseNo;
  }

}
