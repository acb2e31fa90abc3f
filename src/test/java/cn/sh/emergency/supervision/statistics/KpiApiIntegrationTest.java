package cn.sh.emergency.supervision.statistics;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static cn.sh.emergency.supervision.support.HazardFigures.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/kpis} as leaders call it: each district sees its own figures and the city all of them; the filters,
 * the monthly trend and the breakdowns; bad input answered in Chinese. Cases are reported in a street of their own
 * so that other tests' cases do not count.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class KpiApiIntegrationTest {

  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TestRestTemplate restTemplate;

  EngineRest rest;
  HazardSteps hazards;
  String street;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(intake, taskService, identityService);
    street = "南京西路街道-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void eachDistrictSeesItsOwnFiguresAndTheCityAll() {
    rectifiedOnTheSpot("jingan", "INDUSTRY_TRADE");
    rectifiedOnTheSpot("jingan", "INDUSTRY_TRADE");
    major("jingan", "HAZARDOUS_CHEMICALS");
    rectifiedOnTheSpot("changning", "INDUSTRY_TRADE");

    Map<String, Object> jingan = kpis("jingan-leader", "");
    assertThat(kpi(jingan, KpiCodes.HAZARDS_FOUND)).containsEntry("value", 3);
    assertThat(kpi(jingan, KpiCodes.HAZARD_RECTIFICATION_RATE)).containsEntry("numerator", 2)
        .containsEntry("denominator", 3).containsEntry("value", 66.7);
    assertThat(kpi(jingan, KpiCodes.MAJOR_HAZARD_RECTIFICATION_RATE)).containsEntry("numerator", 0)
        .containsEntry("denominator", 1).containsEntry("value", 0.0);
    assertThat(kpi(jingan, KpiCodes.MAJOR_HAZARD_LISTING_RATE)).containsEntry("numerator", 0);
    assertThat(kpi(jingan, KpiCodes.HAZARD_ON_TIME_RATE)).containsEntry("value", 100.0);

    Map<String, Object> changning = kpis("changning-leader", "");
    assertThat(kpi(changning, KpiCodes.HAZARDS_FOUND)).containsEntry("value", 1);

    Map<String, Object> city = kpis("city-leader", "");
    assertThat(kpi(city, KpiCodes.HAZARDS_FOUND)).containsEntry("value", 4);
    assertThat(kpi(city, KpiCodes.HAZARD_RECTIFICATION_RATE)).containsEntry("value", 75.0);
    assertThat(kpi(kpis("city-leader", "&district=changning"), KpiCodes.HAZARDS_FOUND)).containsEntry("value", 1);
    assertThat(kpi(kpis("city-leader", "&sector=HAZARDOUS_CHEMICALS"), KpiCodes.HAZARDS_FOUND))
        .containsEntry("value", 1);
    Map<String, Object> later = get("city-leader", "/api/kpis?from=2026-03-03&to=2026-12-31&street=" + street);
    assertThat(kpi(later, KpiCodes.HAZARDS_FOUND)).containsEntry("value", 0);
    assertThat(kpi(later, KpiCodes.HAZARD_RECTIFICATION_RATE)).containsEntry("value", null)
        .containsEntry("denominator", 0);

    assertThat(list(city, "kpis")).extracting(k -> (Object) k.get("code")).contains(
        KpiCodes.ACCIDENTS, KpiCodes.ESCALATED_INVESTIGATIONS, KpiCodes.ACCIDENT_REPORTS_ON_TIME,
        KpiCodes.EVALUATIONS_DONE, KpiCodes.PENALTY_CASES, KpiCodes.DUAL_PENALTY_RATE, KpiCodes.FINES_DECIDED,
        KpiCodes.FINES_COLLECTED, KpiCodes.PUBLICATION_ON_TIME, KpiCodes.MEAN_RECTIFICATION_DAYS,
        KpiCodes.OPEN_OVERDUE_HAZARDS);
  }

  @Test
  void trendHasEveryMonthOfThePeriodAndBreakdownsGroupTheCases() {
    rectifiedOnTheSpot("jingan", "INDUSTRY_TRADE");
    major("changning", "GAS");

    Map<String, Object> trend = get("city-leader", "/api/kpis/trend?from=2026-01-01&to=2026-12-31&street=" + street);
    List<Map<String, Object>> months = list(trend, "months");
    assertThat(months).hasSize(12);
    assertThat(months.get(2)).containsEntry("month", "2026-03").containsEntry("hazardsFound", 2)
        .containsEntry("hazardsRectified", 1).containsEntry("majorHazards", 1);
    assertThat(months.get(0)).containsEntry("hazardsFound", 0);

    List<Map<String, Object>> byDistrict = list(get("city-leader",
        "/api/kpis/breakdown?by=district&from=2026-01-01&street=" + street), "rows");
    assertThat(byDistrict).extracting(r -> r.get("label")).containsExactlyInAnyOrder("静安区", "长宁区");
    assertThat(byDistrict).filteredOn(r -> "jingan".equals(r.get("key"))).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("hazardsFound", 1).containsEntry("rectificationRate", 100.0));

    List<Map<String, Object>> bySector = list(get("city-leader",
        "/api/kpis/breakdown?by=sector&from=2026-01-01&street=" + street), "rows");
    assertThat(bySector).extracting(r -> r.get("label")).containsExactlyInAnyOrder("工贸", "燃气");

    List<Map<String, Object>> byStreet = list(get("jingan-leader",
        "/api/kpis/breakdown?by=street&from=2026-01-01&street=" + street), "rows");
    assertThat(byStreet).singleElement().satisfies(r -> assertThat(r).containsEntry("label", street)
        .containsEntry("hazardsFound", 1));
  }

  @Test
  void anotherDistrictBadFiltersAndNoLoginAreRefused() {
    assertThat(rest.getMap("jingan-leader", "/api/kpis?district=changning").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertBadRequest("/api/kpis?from=2026-05-01&to=2026-04-01", "起始日期不能晚于截止日期");
    assertBadRequest("/api/kpis?from=2026-13-01", "格式不正确");
    assertBadRequest("/api/kpis?district=atlantis", "atlantis");
    assertBadRequest("/api/kpis?sector=MINING", "MINING");
    assertBadRequest("/api/kpis/breakdown?by=weather", "不支持的分组方式");
    assertBadRequest("/api/kpis?from=2000-01-01&to=2026-01-01", "不能超过10年");
    assertThat(restTemplate.getForEntity("/api/kpis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void assertBadRequest(String path, String messagePart) {
    ResponseEntity<Map<String, Object>> response = rest.getMap("city-leader", path);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("detail").toString()).as(path).contains(messagePart);
  }

  private Map<String, Object> kpis(String user, String filters) {
    return get(user, "/api/kpis?from=2026-01-01&to=2026-12-31&street=" + street + filters);
  }

  private Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> response = rest.getMap(user, path);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
    return (List<Map<String, Object>>) body.get(name);
  }

  private void rectifiedOnTheSpot(String district, String sector) {
    String handler = district + "-handler";
    String caseNo = hazards.report(handler, street, sector);
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, handler, Map.of(Var.HAZARD_LEVEL,
        HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "现场整改照片"));
    hazards.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, handler, Map.of(Var.ACCEPTANCE,
        Code.PASSED));
  }

  private void major(String district, String sector) {
    String handler = district + "-handler";
    String caseNo = hazards.report(handler, street, sector);
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, handler,
        Map.of(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
  }
}
