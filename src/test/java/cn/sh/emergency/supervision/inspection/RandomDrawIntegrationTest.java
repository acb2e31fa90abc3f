package cn.sh.emergency.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.Register;
import cn.sh.emergency.supervision.support.TaskForms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
 * 双随机: a draw of a plan's units is announced with its seed, pool and roster published, then run once; an officer's
 * declared conflict keeps him off a unit; each unit drawn gets an inspection with its two drawn officers; the
 * published draw re-runs to the same result with nothing but SHA-256 (computed here independently); a drawn
 * inspection cannot be applied for.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class RandomDrawIntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPublishedDrawReRunsToItsResultAndOpensTheInspectionsItDrew() throws Exception {
    List<String> units = List.of(Register.unit(rest, "上海某电梯维保有限公司", "SPECIAL_EQUIPMENT", "LOW", "A"), Register.unit(rest, "上海某锅炉安装有限公司", "SPECIAL_EQUIPMENT", "LOW", "A"), Register.unit(rest, "上海某起重设备有限公司", "SPECIAL_EQUIPMENT", "LOW", "A"));
    String conflicted = units.get(0);
    assertThat(rest.post("jingan-reviewer", "/api/officer-conflicts", Map.of("userId", "jingan-handler",
        "uscc", conflicted, "reason", "近亲属在该单位任职")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", "/api/officer-conflicts", Map.of("userId", "jingan-handler",
        "uscc", conflicted, "reason", "近亲属在该单位任职")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.post("changning-handler", "/api/officer-conflicts", Map.of("userId", "changning-handler",
        "uscc", conflicted, "reason", "曾在该单位任职")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    String planNo = approvedPlan();
    String draws = "/api/inspection-plans/" + planNo + "/draws";
    assertThat(rest.post("jingan-handler", draws, Map.of("units", 3, "plannedOn", "2026-03-03")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-chief", draws, Map.of("units", 99, "plannedOn", "2026-03-03")).getBody())
        .contains("抽取的单位数应在1至");
    ResponseEntity<String> announced = rest.post("jingan-chief", draws, Map.of("units", 3, "plannedOn", "2026-03-03"));
    assertThat(announced.getStatusCode()).as(announced.getBody()).isEqualTo(HttpStatus.CREATED);
    String drawNo = announced.getHeaders().getLocation().getPath().replace("/api/public/draws/", "");
    Map<String, Object> before = published(drawNo);
    assertThat((String) before.get("seed")).matches("[0-9a-f]{64}");
    assertThat(before).containsEntry("result", null).containsEntry("algorithm", DrawAlgorithm.VERSION);
    assertThat(before.toString()).doesNotContain("jingan-handler");

    ResponseEntity<Map<String, Object>> run = rest.as("jingan-chief").exchange(draws + "/" + drawNo + "/result",
        HttpMethod.POST, new HttpEntity<>(Map.of()), MAP);
    assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(rest.post("jingan-chief", draws + "/" + drawNo + "/result", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // Anyone re-runs the published draw with SHA-256 alone.
    Map<String, Object> after = published(drawNo);
    String seed = (String) after.get("seed");
    List<String> pool = ((List<Map<String, Object>>) after.get("pool")).stream().map(u -> (String) u.get("uscc"))
        .toList();
    assertThat(pool).containsAll(units);
    List<String> roster = ((List<Map<String, Object>>) after.get("roster")).stream()
        .map(o -> (String) o.get("certificateNo")).toList();
    Map<String, List<String>> exclusions = (Map<String, List<String>>) after.get("exclusions");
    List<String> drawnUnits = pool.stream().sorted(Comparator.comparing(u -> sha256(seed + "|unit|" + u))).limit(3)
        .toList();
    List<Map<String, Object>> result = (List<Map<String, Object>>) after.get("result");
    assertThat(result).extracting(u -> u.get("uscc")).containsExactlyElementsOf(drawnUnits);
    for (Map<String, Object> drawn : result) {
      String uscc = (String) drawn.get("uscc");
      List<String> officers = roster.stream().filter(no -> !exclusions.get(uscc).contains(no))
          .sorted(Comparator.comparing(no -> sha256(seed + "|officer|" + uscc + "|" + no))).limit(2).toList();
      assertThat(drawn.get("officers")).as(uscc).isEqualTo(officers.size() == 2 ? officers : List.of());
    }
    if (result.stream().anyMatch(u -> u.get("uscc").equals(conflicted))) {
      assertThat(exclusions.get(conflicted)).as("the declared conflict").contains("310106-0001");
    }

    List<Map<String, Object>> internal = (List<Map<String, Object>>) run.getBody().get("result");
    List<String> opened = new ArrayList<>();
    for (Map<String, Object> drawn : internal) {
      if (!((List<?>) drawn.get("officers")).isEmpty()) {
        String caseNo = (String) drawn.get("caseNo");
        Map<String, Object> inspection = rest.getMap("jingan-leader", "/api/inspections/" + caseNo).getBody();
        assertThat(inspection).containsEntry("basis", "RANDOM").containsEntry("drawNo", drawNo)
            .containsEntry("planCaseNo", planNo).containsEntry("plannedOn", "2026-03-03");
        assertThat(((List<Map<String, Object>>) inspection.get("officers")).stream()
            .map(o -> o.get("certificateNo")).toList()).containsExactlyInAnyOrderElementsOf(
                (List<String>) drawn.get("officers"));
        opened.add(caseNo);
      }
    }
    assertThat(opened).isNotEmpty();

    Map<String, Object> forged = new LinkedHashMap<>(Map.of("district", "jingan", "enterpriseUscc", units.get(1),
        "inspectionBasis", "RANDOM", "planNo", planNo, "plannedOn", "2026-03-03",
        "inspectors", List.of("jingan-handler", "jingan-handler2")));
    forged.put("drawNo", drawNo);
    ResponseEntity<String> refused = rest.post("jingan-handler", "/api/inspections", forged);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("双随机抽查只能由抽取结果生成");
    assertThat(rest.getMap("jingan-leader", "/api/cases/" + planNo).getBody().get("timeline").toString())
        .contains("公布抽取种子", "抽取完成", seed);
  }

  private String approvedPlan() {
    ResponseEntity<String> created = rest.post("jingan-chief", "/api/inspection-plans", Map.of("district", "jingan",
        "planKind", "SPECIAL", "title", "特种设备双随机抽查计划", "periodFrom", "2026-03-02", "periodTo", "2026-06-30",
        "sectors", List.of("SPECIAL_EQUIPMENT")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String planNo = created.getHeaders().getLocation().getPath().replace("/api/inspection-plans/", "");
    TaskForms forms = new TaskForms(rest, taskService);
    forms.submit("jingan-leader", forms.task(planNo, InspectionPlanProcess.USER_TASK_APPROVE_PLAN),
        Map.of(Var.PLAN_APPROVAL, Code.APPROVED));
    return planNo;
  }

  private Map<String, Object> published(String drawNo) {
    ResponseEntity<Map<String, Object>> draw = restTemplate.exchange("/api/public/draws/" + drawNo, HttpMethod.GET,
        null, MAP);
    assertThat(draw.getStatusCode()).isEqualTo(HttpStatus.OK);
    return draw.getBody();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
