package cn.sh.emergency.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PdfPages;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.Register;
import cn.sh.emergency.supervision.support.TaskForms;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 执法检查 over the REST APIs, as the users whose steps they are: the unit from the registry, the 检查码 and its notice
 * with the QR code that opens the code's public page, the on-site record by one of the officers with the sector's
 * checklist, a hazard and a violation handed over (a hazard case opened, a penalty referral waiting), the 现场检查记录,
 * the unit's evaluation, and a code left unused until it is void.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class EnforcementInspectionIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
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
  void anInspectionFromItsCodeToTheFindingsHandedOverAndTheUnitsEvaluation() {
    String uscc = Register.unit(rest, "上海某燃气有限公司", "GAS", "HIGH", "B");
    Map<String, Object> application = application(uscc);
    application.put("inspectors", List.of("jingan-handler"));
    assertThat(rest.post("jingan-handler", "/api/inspections", application).getBody())
        .contains("检查人员须至少两名持有执法证的执法人员", "本案只列明了1名");
    Map<String, Object> unknown = application(UniqueReports.uscc());
    assertThat(rest.post("jingan-handler", "/api/inspections", unknown).getBody()).contains("不在本区被检查单位名录中");
    assertThat(rest.post("jingan-leader", "/api/inspections", application(uscc)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> applied = applyFor(uscc);
    String caseNo = (String) applied.getBody().get("caseNo");
    String code = (String) applied.getBody().get("inspectionCode");
    assertThat(caseNo).startsWith("IN-JINGAN-2026-");
    assertThat(code).matches("JC[0-9A-HJKMNP-TV-Z]{12}");
    Map<String, Object> ledger = rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
    assertThat(ledger).containsEntry("enterpriseName", "上海某燃气有限公司").containsEntry("sector", "GAS")
        .containsEntry("grade", InspectionBasis.COMPLAINT.code());

    byte[] notice = issue(caseNo, "inspection-notice");
    assertThat(PdfPages.text(notice)).containsPattern("沪静应急检通〔2026〕\\d+号").contains("安全生产执法检查通知书",
        "上海某燃气有限公司：", "二〇二六年三月三日", code, "310106-0001", "310106-0002", "有权申请回避")
        .doesNotContain("12345热线投诉：燃气泄漏");
    assertThat(PdfPages.qrCode(notice)).as("the QR code a phone scans")
        .contains("http://localhost:8080/public/inspection.html?code=" + code);

    Map<String, Object> before = publicPage(code);
    assertThat(before).containsEntry("status", "CODED").containsEntry("evaluable", false)
        .containsEntry("enterpriseName", "上海某燃气有限公司").doesNotContainKey("caseNo");
    assertThat(before.get("officers").toString()).contains("310106-0001", "310106-0002").doesNotContain("jingan-handler");
    assertThat(before.get("rights").toString()).contains("有权拒绝检查", "申请回避", "12345");
    assertThat(evaluate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(restTemplate.getForEntity("/api/public/inspections/JC0000000000AA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(restTemplate.getForEntity("/public/inspection.html?code=" + code, String.class).getBody())
        .contains("检查码核验");

    Task onSite = forms.task(caseNo, InspectionProcess.USER_TASK_INSPECT_ON_SITE);
    assertThat(taskService.getVariable(onSite.getId(), Var.CHECKLIST_ITEMS).toString())
        .contains("G-01", "GS-02", "燃气泄漏报警和自动切断装置").doesNotContain("HC-01");
    Map<String, Object> record = new LinkedHashMap<>();
    record.put(Var.INSPECTION_STARTED_AT, "2026-03-02T08:00");
    record.put(Var.INSPECTION_ENDED_AT, "2026-03-02T08:50");
    record.put(Var.SITE_PLACE, "调压站及瓶库");
    record.put(Var.SITE_REPRESENTATIVE, "王经理（安全部经理）");
    record.put(Var.CHECKED_ITEMS, "[\"G-01\",\"G-05\",\"GS-02\",\"GS-04\"]");
    record.put(Var.NON_COMPLIANT_ITEMS, "[\"GS-02\",\"HC-01\"]");
    record.put(Var.SITE_SITUATION, "调压站燃气泄漏报警装置损坏未修复，瓶库堆放杂物");
    record.put(Var.INSPECTION_RESULT, InspectionResult.NO_FINDING.code());
    assertThat(forms.refusal("city-handler", onSite, record)).contains("应由本次检查的检查人员填写");
    assertThat(forms.refusal("jingan-handler", onSite, record)).contains("检查项目不属于本行业的检查表：HC-01",
        "不符合要求的项目须是已检查的项目：HC-01", "检查结果应为发现问题");
    record.put(Var.NON_COMPLIANT_ITEMS, "[\"GS-02\"]");
    record.put(Var.INSPECTION_RESULT, InspectionResult.FINDINGS.code());
    record.put(Var.INSPECTION_ENDED_AT, "2026-03-02T10:50");
    assertThat(forms.refusal("jingan-handler", onSite, record)).contains("检查结束时间不能晚于现在");
    record.put(Var.INSPECTION_ENDED_AT, "2026-03-02T08:50");
    forms.submit("jingan-handler", onSite, record);
    assertThat(publicPage(code)).containsEntry("status", "INSPECTED").containsEntry("evaluable", true)
        .containsEntry("inspectedOn", "2026-03-02");

    String location = UniqueReports.location("调压站");
    forms.submit("jingan-handler", forms.task(caseNo, InspectionProcess.USER_TASK_RECORD_FINDING), Map.of(
        Var.FINDING_DESCRIPTION, "燃气泄漏报警装置损坏未修复", Var.FINDING_LOCATION, location, Var.FINDING_ITEM, "GS-02",
        Var.FINDING_ACTION, FindingAction.HAZARD.code(), Var.MORE_FINDINGS, Code.NEXT));
    Task second = forms.task(caseNo, InspectionProcess.USER_TASK_RECORD_FINDING);
    assertThat(taskService.getVariable(second.getId(), Var.FINDING_DESCRIPTION)).as("cleared for the next one")
        .isNull();
    forms.submit("jingan-handler", second, Map.of(Var.FINDING_DESCRIPTION, "未按规定对从业人员进行安全生产教育和培训",
        Var.FINDING_LOCATION, "安全管理台账", Var.FINDING_ACTION, FindingAction.PENALTY.code(),
        Var.MORE_FINDINGS, Code.DONE));

    Map<String, Object> inspection = rest.getMap("jingan-leader", "/api/inspections/" + caseNo).getBody();
    assertThat(inspection).containsEntry("code", code).containsEntry("status", "INSPECTED").containsEntry("findingCount", 2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) inspection.get("findings");
    String hazardCaseNo = (String) findings.get(0).get("hazardCaseNo");
    assertThat(hazardCaseNo).startsWith("HZ-JINGAN-2026-");
    assertThat(findings.get(1)).containsEntry("hazardCaseNo", null).containsEntry("action", "PENALTY");
    assertThat(runtimeService.getVariable(processOf(hazardCaseNo), HazardProcess.Var.SOURCE)).isEqualTo("INSPECTION");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + hazardCaseNo).getBody().get("timeline").toString())
        .contains("由执法检查" + caseNo + "发现：燃气泄漏报警装置损坏未修复");
    assertThat(rest.getList("jingan-handler", "/api/penalties/referrals").getBody())
        .anySatisfy(r -> assertThat(r).containsEntry("caseNo", caseNo).extracting("reason").asString()
            .contains("执法检查发现第2项问题：未按规定对从业人员进行安全生产教育和培训"));
    Map<String, Object> closed = rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
    assertThat(closed).containsEntry("outcome", InspectionProcess.Outcome.PENALTY_REFERRED).containsEntry("findings", 2);
    assertThat(rest.getMap("changning-handler", "/api/inspections/" + caseNo).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    String siteRecord = PdfPages.text(issue(caseNo, "site-inspection-record"));
    assertThat(siteRecord).containsPattern("沪静应急检记〔2026〕\\d+号").contains("现场检查记录", "调压站及瓶库",
        "王经理（安全部经理）", "二〇二六年三月二日8时00分至8时50分", "共4项，其中不符合要求1项",
        "燃气泄漏报警和自动切断装置——不符合要求", "全员安全生产责任制的建立和落实（安全生产法第二十二条）——符合要求",
        "1．燃气泄漏报警装置损坏未修复", hazardCaseNo, "2．未按规定对从业人员进行安全生产教育和培训（安全管理台账）——移送行政处罚");

    ResponseEntity<String> evaluated = evaluate(code, "BASICALLY_SATISFIED");
    assertThat(evaluated.getStatusCode()).as(evaluated.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(evaluated.getBody()).contains("基本满意");
    assertThat(evaluate(code, "SATISFIED").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(evaluate(code, "EXCELLENT").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody().get("timeline").toString())
        .contains("扫码评价", "检查人员态度好");
  }

  @Test
  void aCodeNotUsedWhileValidIsVoid() {
    String uscc = Register.unit(rest, "上海某化工仓储有限公司", "HAZARDOUS_CHEMICALS", "HIGH", "B");
    ResponseEntity<Map<String, Object>> applied = applyFor(uscc);
    String caseNo = (String) applied.getBody().get("caseNo");
    String code = (String) applied.getBody().get("inspectionCode");
    Task onSite = forms.task(caseNo, InspectionProcess.USER_TASK_INSPECT_ON_SITE);
    assertThat(taskService.getVariable(onSite.getId(), Var.CODE_VALID_UNTIL)).isEqualTo("2026-04-02");
    Job timer = managementService.createJobQuery().processInstanceId(onSite.getProcessInstanceId())
        .activityId(InspectionProcess.TIMER_CODE_EXPIRED).singleResult();
    managementService.executeJob(timer.getId());
    assertThat(publicPage(code)).containsEntry("status", "VOIDED").containsEntry("evaluable", false);
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody())
        .containsEntry("outcome", InspectionProcess.Outcome.VOIDED);
    assertThat(rest.as("jingan-handler").postForEntity("/api/cases/" + caseNo + "/documents/inspection-notice", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private static Map<String, Object> application(String uscc) {
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("district", "jingan");
    application.put("enterpriseUscc", uscc);
    application.put("inspectionBasis", InspectionBasis.COMPLAINT.code());
    application.put("basisReason", "12345热线投诉：燃气泄漏");
    application.put("plannedOn", "2026-03-03");
    application.put("inspectors", List.of("jingan-handler", "jingan-handler2"));
    return application;
  }

  private ResponseEntity<Map<String, Object>> applyFor(String uscc) {
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/inspections", application(uscc));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNo = created.getHeaders().getLocation().getPath().replace("/api/inspections/", "");
    ResponseEntity<Map<String, Object>> inspection = rest.getMap("jingan-handler", "/api/inspections/" + caseNo);
    Map<String, Object> body = new LinkedHashMap<>(inspection.getBody());
    body.put("caseNo", caseNo);
    body.put("inspectionCode", inspection.getBody().get("code"));
    return ResponseEntity.ok(body);
  }

  private Map<String, Object> publicPage(String code) {
    ResponseEntity<Map<String, Object>> page = restTemplate.exchange("/api/public/inspections/" + code,
        HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { });
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }

  private ResponseEntity<String> evaluate(String code, String rating) {
    return restTemplate.postForEntity("/api/public/inspections/" + code + "/evaluation",
        Map.of("rating", rating, "comment", "检查人员态度好"), String.class);
  }

  private byte[] issue(String caseNo, String type) {
    ResponseEntity<byte[]> pdf = rest.as("jingan-handler").postForEntity("/api/cases/" + caseNo + "/documents/" + type,
        null, byte[].class);
    assertThat(pdf.getStatusCode()).as(() -> type + ": " + new String(pdf.getBody(), StandardCharsets.UTF_8))
        .isEqualTo(HttpStatus.OK);
    return pdf.getBody();
  }

  private String processOf(String caseNo) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
  }
}
