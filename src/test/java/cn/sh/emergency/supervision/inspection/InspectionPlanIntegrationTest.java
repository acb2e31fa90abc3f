package cn.sh.emergency.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.Register;
import cn.sh.emergency.supervision.support.TaskForms;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 执法检查计划 over the REST APIs: composed from the register by "风险+信用" (a high-risk unit and one with a fatal
 * accident in the 重点检查范围 with their reasons, the best left alone, a dishonest one twice a year); returned,
 * revised and approved; followed by planned inspections (refused before the approval and for a unit left alone), one
 * of which finds a hazard that becomes a hazard case; its progress; filed and published after an urging.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class InspectionPlanIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  EngineRest rest;
  TaskForms forms;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    forms = new TaskForms(rest, taskService);
  }

  @Test
  void aPlanByRiskAndCreditIsApprovedFollowedAndPublished() {
    String risky = Register.unit(rest, "上海高风险化工有限公司", "HAZARDOUS_CHEMICALS", "HIGH", "B");
    String best = Register.unit(rest, "上海诚信低风险商贸有限公司", "INDUSTRY_TRADE", "LOW", "A");
    String dishonest = Register.unit(rest, "上海失信燃气有限公司", "GAS", "MODERATE", "C");
    String fatal = Register.unit(rest, "上海某机械制造有限公司", "INDUSTRY_TRADE", "MODERATE", "B");
    ResponseEntity<String> accident = rest.post("jingan-handler", "/api/accidents",
        ApiBodies.accident("enterpriseUscc", fatal, "enterpriseName", "上海某机械制造有限公司", "deaths", 1));
    assertThat(accident.getStatusCode()).as(accident.getBody()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> draft = new LinkedHashMap<>(Map.of("district", "jingan", "planKind", "ANNUAL",
        "title", "静安区2026年度安全生产执法检查计划", "periodFrom", "2026-03-01", "periodTo", "2027-02-28"));
    assertThat(rest.post("jingan-chief", "/api/inspection-plans", draft).getBody())
        .contains("年度检查计划的期间应在同一年度内");
    draft.put("periodTo", "2026-12-31");
    assertThat(rest.post("jingan-handler", "/api/inspection-plans", draft).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> created = rest.post("jingan-chief", "/api/inspection-plans", draft);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String planNo = created.getHeaders().getLocation().getPath().replace("/api/inspection-plans/", "");
    assertThat(planNo).startsWith("IP-JINGAN-2026-");

    Map<String, Map<String, Object>> entries = entries(planNo);
    assertThat(entries.get(risky)).containsEntry("category", "KEY").containsEntry("timesPlanned", 4);
    assertThat(entries.get(risky).get("keyReasons").toString()).contains("安全生产风险等级较高（高风险）");
    assertThat(entries.get(best)).containsEntry("category", "NON_INTRUSIVE").containsEntry("timesPlanned", 0)
        .containsEntry("keyReasons", List.of());
    assertThat(entries.get(dishonest)).containsEntry("category", "ROUTINE").containsEntry("timesPlanned", 2);
    assertThat(entries.get(fatal)).containsEntry("category", "KEY").containsEntry("timesPlanned", 4);
    assertThat(entries.get(fatal).get("keyReasons").toString()).contains("近3年发生过人员死亡的生产安全事故（AC-JINGAN-");

    assertThat(rest.post("jingan-handler", "/api/inspections", planned(planNo, risky)).getBody())
        .contains("尚未批准");
    Task approval = forms.task(planNo, InspectionPlanProcess.USER_TASK_APPROVE_PLAN);
    assertThat(taskService.getVariable(approval.getId(), Var.PLAN_SUMMARY)).asString()
        .contains("上海高风险化工有限公司（安全生产风险等级较高（高风险））：4次");
    assertThat(forms.refusal("jingan-leader", approval, Map.of(Var.PLAN_APPROVAL, Code.RETURNED)))
        .contains("退回修改的理由");
    forms.submit("jingan-leader", approval, Map.of(Var.PLAN_APPROVAL, Code.RETURNED,
        CommonVariables.OPINION, "名称请注明执法检查"));
    forms.submit("jingan-chief", forms.task(planNo, InspectionPlanProcess.USER_TASK_REVISE_PLAN), Map.of(
        Var.PLAN_TITLE, "静安区2026年度安全生产执法检查工作计划"));
    forms.submit("jingan-leader", forms.task(planNo, InspectionPlanProcess.USER_TASK_APPROVE_PLAN),
        Map.of(Var.PLAN_APPROVAL, Code.APPROVED));

    assertThat(rest.post("jingan-handler", "/api/inspections", planned(planNo, best)).getBody())
        .contains("无事不扰");
    ResponseEntity<String> inspection = rest.post("jingan-handler", "/api/inspections", planned(planNo, risky));
    assertThat(inspection.getStatusCode()).as(inspection.getBody()).isEqualTo(HttpStatus.CREATED);
    String inspectionNo = inspection.getHeaders().getLocation().getPath().replace("/api/inspections/", "");
    assertThat(rest.getMap("jingan-leader", "/api/inspections/" + inspectionNo).getBody())
        .containsEntry("planCaseNo", planNo).containsEntry("basis", "PLANNED");
    forms.submit("jingan-handler", forms.task(inspectionNo, InspectionProcess.USER_TASK_INSPECT_ON_SITE), Map.of(
        InspectionProcess.Var.INSPECTION_STARTED_AT, "2026-03-02T08:00",
        InspectionProcess.Var.INSPECTION_ENDED_AT, "2026-03-02T08:40", InspectionProcess.Var.SITE_PLACE, "罐区",
        InspectionProcess.Var.SITE_REPRESENTATIVE, "李经理", InspectionProcess.Var.CHECKED_ITEMS, "G-01,HC-02",
        InspectionProcess.Var.NON_COMPLIANT_ITEMS, "HC-02",
        InspectionProcess.Var.SITE_SITUATION, "重大危险源未备案",
        InspectionProcess.Var.INSPECTION_RESULT, InspectionResult.FINDINGS.code()));
    // From the plan to a finding to a hazard case.
    forms.submit("jingan-handler", forms.task(inspectionNo, InspectionProcess.USER_TASK_RECORD_FINDING), Map.of(
        InspectionProcess.Var.FINDING_DESCRIPTION, "重大危险源未登记建档和备案",
        InspectionProcess.Var.FINDING_LOCATION, UniqueReports.location("罐区"),
        InspectionProcess.Var.FINDING_ITEM, "HC-02", InspectionProcess.Var.FINDING_ACTION, FindingAction.HAZARD.code(),
        InspectionProcess.Var.MORE_FINDINGS, InspectionProcess.Code.DONE));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) rest.getMap("jingan-leader",
        "/api/inspections/" + inspectionNo).getBody().get("findings");
    String hazardCaseNo = (String) findings.get(0).get("hazardCaseNo");
    assertThat(hazardCaseNo).startsWith("HZ-JINGAN-2026-");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + hazardCaseNo).getBody())
        .containsEntry("enterpriseName", "上海高风险化工有限公司");

    Map<String, Object> plan = rest.getMap("jingan-leader", "/api/inspection-plans/" + planNo).getBody();
    assertThat(plan).containsEntry("title", "静安区2026年度安全生产执法检查工作计划").containsEntry("status", "APPROVED");
    @SuppressWarnings("unchecked")
    Map<String, Object> progress = (Map<String, Object>) plan.get("progress");
    // Done under this plan: the one above. Key units inspected: it, and any other test's of the district's units.
    assertThat(progress).containsEntry("inspectionsDone", 1);
    assertThat(((Number) progress.get("keyUnitsInspected")).longValue()).isPositive();
    assertThat(rest.getMap("changning-leader", "/api/inspection-plans/" + planNo).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    List<Map<String, Object>> kpis = kpis();
    assertThat(kpis).filteredOn(k -> "PLANNED_INSPECTIONS_DONE".equals(k.get("code"))).singleElement()
        .satisfies(k -> assertThat(((Number) k.get("numerator")).longValue()).isPositive());
    assertThat(kpis).extracting(k -> k.get("code")).contains("KEY_UNIT_COVERAGE", "VIOLATIONS_PER_THOUSAND_INSPECTIONS");

    Task publication = forms.task(planNo, InspectionPlanProcess.USER_TASK_PUBLISH_PLAN);
    Job due = managementService.createJobQuery().processInstanceId(publication.getProcessInstanceId())
        .activityId(InspectionPlanProcess.TIMER_PUBLICATION_DUE).singleResult();
    managementService.executeJob(due.getId());
    assertThat(forms.task(planNo, InspectionPlanProcess.USER_TASK_PUBLISH_PLAN).getName()).startsWith("【催办】");
    assertThat(forms.refusal("jingan-chief", publication, Map.of(Var.PUBLISHED_ON, "2026-03-01",
        Var.PUBLICATION_CHANNEL, "静安区人民政府网站", Var.FILED_WITH, "上海市应急管理局")))
        .contains("公布日期不能早于计划批准日期");
    forms.submit("jingan-chief", publication, Map.of(Var.PUBLISHED_ON, "2026-03-02",
        Var.PUBLICATION_CHANNEL, "静安区人民政府网站", Var.FILED_WITH, "上海市应急管理局"));
    assertThat(rest.getMap("jingan-leader", "/api/inspection-plans/" + planNo).getBody())
        .containsEntry("status", "PUBLISHED").containsEntry("publishedOn", "2026-03-02");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + planNo).getBody())
        .containsEntry("outcome", InspectionPlanProcess.Outcome.IN_FORCE);
  }

  private static Map<String, Object> planned(String planNo, String uscc) {
    return new LinkedHashMap<>(Map.of("district", "jingan", "enterpriseUscc", uscc, "inspectionBasis", "PLANNED",
        "planNo", planNo, "plannedOn", "2026-03-02", "inspectors", List.of("jingan-handler", "jingan-handler2")));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> entries(String planNo) {
    Map<String, Object> plan = rest.getMap("jingan-leader", "/api/inspection-plans/" + planNo).getBody();
    Map<String, Map<String, Object>> byUscc = new LinkedHashMap<>();
    ((List<Map<String, Object>>) plan.get("entries")).forEach(e -> byUscc.put((String) e.get("uscc"), e));
    return byUscc;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> kpis() {
    return (List<Map<String, Object>>) rest.getMap("jingan-leader", "/api/kpis?district=jingan").getBody()
        .get("kpis");
  }
}
