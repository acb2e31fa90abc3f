package cn.sh.emergency.supervision.legalreview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationVar;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
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

/** 行政执法公示: publish with names masked, never identity numbers; lateness; withdrawal; districts apart. */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class PublicationIntegrationTest {

  private static final String NAME_1 = "张三丰";
  private static final String NAME_2 = "李明";
  private static final String ID_1 = "310101199001011234";
  private static final String ID_2 = "31010119850202345X";
  /** Free text as a handler may write it: a person's name, identity and mobile numbers and home address. */
  private static final String VIOLATION = "未按规定排查治理事故隐患；主要负责人" + NAME_1
      + "（身份证号11010519491231002X，手机13912345678，住址：上海市静安区常德路100弄5号601室）未督促整改";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @Test
  void aPublishedDecisionShowsMaskedNamesAndNeverIdentityNumbers() {
    String caseNo = rest.startCase("jingan-handler", "jingan");
    String decisionNo = "沪静应急罚〔2026〕" + caseNo.substring(caseNo.length() - 4) + "号";
    assertThat(decide("jingan-handler", caseNo, decisionNo, "2026-03-02").getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    Task publish = publishTask(caseNo);
    assertThat(taskService.getVariable(publish.getId(), PublicationVar.VIOLATION))
        .as("the handler checks the text as the public will read it")
        .isEqualTo("未按规定排查治理事故隐患；主要负责人张*丰（身份证号（身份证号码已隐去），手机139****5678，"
            + "住址：（住址已隐去））未督促整改");

    ResponseEntity<String> unconfirmed = rest.complete("jingan-handler", publish.getId(), Map.of());
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.complete("jingan-handler", publish.getId(),
        Map.of(PublicationVar.PUBLICATION_CONFIRMED, true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> published = restTemplate.getForEntity(
        "/api/public/decisions?enterprise=化工&district=jingan&from=2026-03-01&to=2026-03-31&size=100", String.class);
    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(published.getBody()).contains(decisionNo, "张*丰", "李*", "上海某化工有限公司", "安全生产法", "罚款",
        "2026-03-02", "静安区");
    assertThat(published.getBody()).doesNotContain(NAME_1, NAME_2, ID_1, ID_2, "idNumber", caseNo,
        "11010519491231002X", "13912345678", "100弄", "601室");
    assertThat(published.getBody()).contains("139****5678", "（住址已隐去）");

    Map<String, Object> staff = rest.getMap("jingan-leader", "/api/publications/" + decisionNo).getBody();
    assertThat(staff).containsEntry("late", false).containsEntry("caseNo", caseNo);
    assertThat(caseRecords.of(caseNo)).extracting(r -> r.kind()).contains("PUBLICATION");
    assertThat(caseRecords.verify(caseNo).intact()).isTrue();
  }

  /** Tasklist lists each decision's publication under its own name: the number of its decision. */
  @Test
  void theDecisionsOfOneCaseArePublishedUnderNamesThatTellThemApart() {
    String caseNo = rest.startCase("jingan-handler", "jingan");
    String unitDecision = "沪静应急罚〔2026〕U" + caseNo.substring(caseNo.length() - 4) + "号";
    String personDecision = "沪静应急罚〔2026〕P" + caseNo.substring(caseNo.length() - 4) + "号";
    decide("jingan-handler", caseNo, unitDecision, "2026-03-02");
    decide("jingan-handler", caseNo, personDecision, "2026-03-02");

    assertThat(taskService.createTaskQuery().processDefinitionKey(LegalReviewProcess.PUBLICATION_PROCESS_KEY)
        .processInstanceBusinessKey(caseNo).list()).extracting(Task::getName).hasSize(2)
        .anySatisfy(name -> assertThat(name).startsWith("审核并公示决定 · ").endsWith(" · " + unitDecision))
        .anySatisfy(name -> assertThat(name).startsWith("审核并公示决定 · ").endsWith(" · " + personDecision));
  }

  @Test
  void publicationAfterSevenWorkingDaysIsFlaggedLate() {
    String caseNo = rest.startCase("jingan-handler", "jingan");
    String decisionNo = "沪静应急罚〔2026〕L" + caseNo.substring(caseNo.length() - 4) + "号";
    decide("jingan-handler", caseNo, decisionNo, "2026-03-02");
    Task publish = publishTask(caseNo);
    assertThat(publish.getDueDate().toInstant().toString()).startsWith("2026-03-11T15:59:59");

    TestClock.set("2026-03-12T09:00:00");
    Job due = managementService.createJobQuery().processInstanceId(publish.getProcessInstanceId()).executable()
        .singleResult();
    managementService.executeJob(due.getId());
    rest.complete("jingan-handler", publish.getId(), Map.of(PublicationVar.PUBLICATION_CONFIRMED, true));

    assertThat(rest.getMap("jingan-leader", "/api/publications/" + decisionNo).getBody()).containsEntry("late", true);
    assertThat(caseRecords.of(caseNo)).filteredOn(r -> "公示逾期".equals(r.activityName())).hasSize(1);
  }

  @Test
  void aWithdrawnDecisionLeavesThePublicListAndTheWithdrawalIsRecorded() {
    String caseNo = rest.startCase("jingan-handler", "jingan");
    String decisionNo = "沪静应急罚〔2026〕W" + caseNo.substring(caseNo.length() - 4) + "号";
    decide("jingan-handler", caseNo, decisionNo, "2026-03-02");
    rest.complete("jingan-handler", publishTask(caseNo).getId(), Map.of(PublicationVar.PUBLICATION_CONFIRMED, true));
    assertThat(restTemplate.getForObject("/api/public/decisions?size=100", String.class)).contains(decisionNo);

    assertThat(rest.post("changning-handler", "/api/publications/" + decisionNo + "/withdrawal",
        Map.of("reason", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.post("jingan-reviewer", "/api/publications/" + decisionNo + "/withdrawal",
        Map.of("reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("jingan-handler", "/api/publications/" + decisionNo + "/withdrawal", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> withdrawn = rest.post("jingan-leader", "/api/publications/" + decisionNo + "/withdrawal",
        Map.of("reason", "行政复议撤销原决定"));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(restTemplate.getForObject("/api/public/decisions?size=100", String.class)).doesNotContain(decisionNo);
    assertThat(rest.post("jingan-leader", "/api/publications/" + decisionNo + "/withdrawal",
        Map.of("reason", "再次撤回")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(caseRecords.of(caseNo)).filteredOn(r -> r.kind().equals("CORRECTION")).singleElement()
        .satisfies(r -> assertThat(r.opinion()).isEqualTo("行政复议撤销原决定"));
  }

  @Test
  void decisionsAreRegisteredOnlyInTheOwnDistrictAndBadQueriesAre400() {
    String caseNo = rest.startCase("jingan-handler", "jingan");
    assertThat(decide("changning-handler", caseNo, "沪长应急罚〔2026〕1号", "2026-03-02").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decide("jingan-handler", caseNo, "沪静应急罚〔2026〕F号", "2026-03-09").getStatusCode())
        .as("a decision date in the future").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(restTemplate.getForEntity("/api/public/decisions?district=atlantis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(restTemplate.getForEntity("/api/public/decisions?from=2026-03-10&to=2026-03-01", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(restTemplate.getForEntity("/api/public/decisions?size=1000", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<String> decide(String user, String caseNo, String decisionNo, String date) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decisionNo", decisionNo);
    body.put("decisionDate", date);
    body.put("unitName", "上海某化工有限公司");
    body.put("persons", List.of(Map.of("name", NAME_1, "idNumber", ID_1), Map.of("name", NAME_2, "idNumber", ID_2)));
    body.put("violation", VIOLATION);
    body.put("legalBasis", "《中华人民共和国安全生产法》第一百零二条");
    body.put("penalty", "对单位罚款人民币五万元，对主要负责人罚款人民币二万元");
    return rest.post(user, "/api/cases/" + caseNo + "/decisions", body);
  }

  private Task publishTask(String caseNo) {
    return taskService.createTaskQuery().processDefinitionKey(LegalReviewProcess.PUBLICATION_PROCESS_KEY)
        .processInstanceBusinessKey(caseNo).singleResult();
  }
}
