package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.Notice2027;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.shared.process.CalendarPublisher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar in autumn: on 2026-12-02 there is no 2027 notice, yet a major hazard, a penalty case and an accident
 * all run on provisional 2027 deadlines, flagged as such. When an administrator publishes 2027, what moved is moved in
 * the engine, recorded in the case, and the timers fire on the new dates; a second node reads the year from the
 * database without a restart.
 */
@PostgresIntegrationTest
@EngineTime("2026-12-02T09:00:00")
class ProvisionalCalendarIntegrationTest {

  private static final ZoneId SHANGHAI = BureauTime.ZONE;

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  IdentityService identityService;
  @Autowired
  HazardIntake hazardIntake;
  @Autowired
  StatutoryCalendar calendar;
  @Autowired
  CalendarYears calendarYears;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CalendarPublisher publisher;

  EngineRest rest;
  HazardSteps hazards;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    hazards = new HazardSteps(hazardIntake, taskService, identityService);
    withdraw2027();
  }

  @AfterEach
  void withdraw2027() {
    // Other tests expect 2027 without a notice, as it is today.
    jdbc.update("delete from calendar_year where holiday_year = 2027");
    calendar.refresh();
  }

  @Test
  void provisionalDeadlinesAreFlaggedAndMovedWhenTheYearIsPublished() {
    // A second node: its own calendar on the same database, reading changes every millisecond.
    StatutoryCalendar secondNode = new StatutoryCalendar(calendarYears, StatutoryHolidays.shipped(),
        () -> LocalDate.parse("2026-12-02"), 10, Duration.ofMillis(1));
    assertThat(secondNode.status(2027)).isEqualTo(CalendarYearStatus.PROVISIONAL);

    // An accident of 12-01: its report is due 60 days later, Sat 2027-01-30, provisionally rolled to Mon 02-01.
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents",
        ApiBodies.accident("occurredAt", "2026-12-01T07:00", "reportedAt", "2026-12-01T07:30"));
    assertThat(reported.getStatusCode()).as(reported.getBody()).isEqualTo(HttpStatus.CREATED);
    String accidentNo = caseNoOf(reported);
    submit("jingan-leader", accidentNo, AccidentProcess.USER_TASK_REVIEW_ESCALATION,
        Map.of(AccidentProcess.Var.ESCALATION_DECISION, AccidentProcess.Code.KEEP,
            AccidentProcess.Var.ESCALATION_REASON, "一般事故，区政府调查"));
    submit("jingan-handler", accidentNo, AccidentProcess.USER_TASK_FORM_TEAM,
        Map.of(AccidentProcess.Var.TEAM_LEADER, "jingan-leader", AccidentProcess.Var.TEAM_MEMBERS, "李某（区应急局）"));
    Task investigate = task(accidentNo, AccidentProcess.USER_TASK_INVESTIGATE);
    assertThat(day(investigate.getDueDate())).isEqualTo("2027-02-01");
    assertThat(investigate.getDescription()).isEqualTo(ProvisionalNotice.TASK);
    Map<String, Object> accidentCase = caseView(accidentNo);
    assertThat(accidentCase).containsEntry("deadlineProvisional", true);
    assertThat(accidentCase.get("deadlineAt").toString()).startsWith("2027-02-01T15:59:59");

    // A major hazard under listed supervision, due 2027-02-10: its reminder 3 working days ahead is 02-03.
    String hazardNo = listedMajorHazard("2027-02-10");
    Job reminder = timer(hazardNo, HazardProcess.TIMER_RECTIFICATION_REMINDER);
    assertThat(day(reminder.getDuedate())).isEqualTo("2027-02-03");
    // Another, due 2027-03-31: its reminder (03-26) is the same on any 2027 calendar.
    String quietHazardNo = listedMajorHazard("2027-03-31");
    assertThat(day(timer(quietHazardNo, HazardProcess.TIMER_RECTIFICATION_REMINDER).getDuedate())).isEqualTo("2027-03-26");

    // A penalty case registered today must be decided within 90 days: 2027-03-02, provisional.
    Map<String, Object> proposal = ApiBodies.penalty();
    proposal.put("overdueUncorrected", true);  // art. 102 拒不执行: the principal is fined too
    proposal.put("parties", List.of(Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", EngineRest.VALID_USCC),
        Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", "310106198001011231", "lastYearIncomeYuan", 300000)));
    ResponseEntity<String> created = rest.post("jingan-handler", "/api/penalties", proposal);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String penaltyNo = created.getHeaders().getLocation().getPath().replace("/api/penalties/cases/", "");
    submit("jingan-leader", penaltyNo, DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION,
        Map.of(DualPenaltyProcess.Var.REGISTRATION_APPROVAL, DualPenaltyProcess.Code.APPROVED,
            CommonVariables.OPINION, "同意立案"));
    assertThat(caseView(penaltyNo)).containsEntry("deadlineProvisional", true);
    assertThat(caseView(penaltyNo).get("deadlineAt").toString()).startsWith("2027-03-02T15:59:59");
    // 调查取证 is due 10 working days before, counted back over the provisional 春节 (02-05..02-08): 02-16.
    assertThat(day(task(penaltyNo, DualPenaltyProcess.USER_TASK_INVESTIGATE).getDueDate())).isEqualTo("2027-02-16");

    // Only the administrator publishes; a wrong notice is refused with what is wrong, and nothing changes.
    assertThat(put("jingan-leader", Notice2027.body()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> missingSpringFestival = new java.util.LinkedHashMap<>(Notice2027.body());
    missingSpringFestival.put("holidays", List.of(Map.of("name", "元旦", "from", "2027-01-01", "to", "2027-01-01")));
    ResponseEntity<Map<String, Object>> refused = put("admin", missingSpringFestival);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).contains("法定节假日春节（2027-02-05）不在任何放假时段内");
    assertThat(calendar.status(2027)).isEqualTo(CalendarYearStatus.PROVISIONAL);

    // Published on 12-10: the answer lists what moved.
    TestClock.set("2026-12-10T10:00:00");
    ResponseEntity<Map<String, Object>> published = put("admin", Notice2027.body());
    assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(published.getBody().get("published").toString()).contains("version=1", "publishedBy=admin",
        Notice2027.TITLE);
    List<Map<String, Object>> moved = movedOf(published);
    assertThat(moved).anySatisfy(m -> assertThat(m).containsEntry("caseNo", accidentNo).containsEntry("kind", "TASK")
        .containsEntry("step", "事故调查").containsEntry("previous", "2027-02-01").containsEntry("corrected", "2027-01-30"));
    assertThat(moved).anySatisfy(m -> assertThat(m).containsEntry("caseNo", accidentNo).containsEntry("kind", "TIMER")
        .containsEntry("step", "调查报告期限届满").containsEntry("corrected", "2027-01-30"));
    assertThat(moved).anySatisfy(m -> assertThat(m).containsEntry("caseNo", hazardNo).containsEntry("kind", "TIMER")
        .containsEntry("step", "到期前提醒").containsEntry("previous", "2027-02-03").containsEntry("corrected", "2027-02-02"));
    // The official 春节 block runs to 02-13 and Sat 02-20 is worked: ten working days before 03-02 is now 02-17.
    assertThat(moved).anySatisfy(m -> assertThat(m).containsEntry("caseNo", penaltyNo).containsEntry("kind", "TASK")
        .containsEntry("step", "调查取证").containsEntry("previous", "2027-02-16").containsEntry("corrected", "2027-02-17"));
    assertThat(moved).as("the decision deadline itself (03-02) stays").noneSatisfy(m -> assertThat(m)
        .containsEntry("caseNo", penaltyNo).containsEntry("previous", "2027-03-02"));
    assertThat(moved).noneSatisfy(m -> assertThat(m).containsEntry("caseNo", quietHazardNo));

    // The engine holds the new dates; the task says so in a comment and is no longer marked provisional.
    Task corrected = task(accidentNo, AccidentProcess.USER_TASK_INVESTIGATE);
    assertThat(day(corrected.getDueDate())).isEqualTo("2027-01-30");
    assertThat(corrected.getDescription()).isNull();
    assertThat(taskService.getTaskComments(corrected.getId())).extracting(c -> c.getFullMessage())
        .contains("期限按正式节假日安排校正：2027-02-01 → 2027-01-30");
    assertThat(day(timer(accidentNo, AccidentProcess.TIMER_REPORT_DUE).getDuedate())).isEqualTo("2027-01-30");
    assertThat(day(timer(hazardNo, HazardProcess.TIMER_RECTIFICATION_REMINDER).getDuedate())).isEqualTo("2027-02-02");

    // The case file: the ledger follows, each move is in the full-process record, the chain stays intact.
    assertThat(caseView(accidentNo)).containsEntry("deadlineProvisional", false);
    assertThat(caseView(accidentNo).get("deadlineAt").toString()).startsWith("2027-01-30T15:59:59");
    assertThat(records(accidentNo)).anySatisfy(r -> assertThat(r).containsEntry("kind", "DEADLINE_CORRECTED")
        .containsEntry("opinion", "期限按正式节假日安排校正：2027-02-01 → 2027-01-30"));
    assertThat(records(hazardNo)).anySatisfy(r -> assertThat(r).containsEntry("kind", "DEADLINE_CORRECTED")
        .containsEntry("opinion", "期限按正式节假日安排校正：2027-02-03 → 2027-02-02"));
    assertThat(records(penaltyNo)).anySatisfy(r -> assertThat(r).containsEntry("kind", "DEADLINE_CORRECTED")
        .containsEntry("opinion", "期限按正式节假日安排校正：2027-02-16 → 2027-02-17"));
    assertThat(caseView(penaltyNo)).containsEntry("deadlineProvisional", false);
    assertThat(caseView(penaltyNo).get("deadlineAt").toString()).startsWith("2027-03-02T15:59:59");
    assertThat(records(quietHazardNo)).as("a case whose deadlines did not move gets no record")
        .noneSatisfy(r -> assertThat(r).containsEntry("kind", "DEADLINE_CORRECTED"));
    for (String caseNo : List.of(accidentNo, hazardNo, penaltyNo, quietHazardNo)) {
      assertThat(rest.getMap("jingan-leader", "/api/cases/" + caseNo + "/records/verify").getBody())
          .containsEntry("intact", true);
    }

    // The calendar answers officially here and, without a restart, on the second node.
    assertThat(rest.getMap("jingan-handler", "/api/calendar/deadline?from=2026-12-01&days=60").getBody())
        .containsEntry("deadline", "2027-01-30").containsEntry("provisional", false);
    assertThat(secondNode.status(2027)).isEqualTo(CalendarYearStatus.OFFICIAL);
    assertThat(secondNode.plusDays(LocalDate.parse("2026-12-01"), 60)).isEqualTo(LocalDate.parse("2027-01-30"));

    // The timers fire on the new dates: the reminder on 02-02 (no longer 02-03), the report due after 01-30.
    assertThat(dueJobs(hazardNo, TestClock.set("2027-02-02T00:30:00"))).extracting(this::activityOf).contains(HazardProcess.TIMER_RECTIFICATION_REMINDER);
    assertThat(dueJobs(accidentNo, TestClock.set("2027-01-30T23:00:00"))).extracting(this::activityOf)
        .doesNotContain(AccidentProcess.TIMER_REPORT_DUE);
    List<Job> due = dueJobs(accidentNo, TestClock.set("2027-01-31T00:30:00"));
    assertThat(due).extracting(this::activityOf).contains(AccidentProcess.TIMER_REPORT_DUE);
    due.forEach(job -> managementService.executeJob(job.getId()));
    assertThat(records(accidentNo)).anySatisfy(r -> assertThat(r).containsEntry("kind", "TIMER_FIRED")
        .containsEntry("activityName", "调查报告期限届满"));
    assertThat(caseView(accidentNo)).containsEntry("overdue", true);

    // A correction of the published year is a new version; the versions are kept.
    TestClock.set("2026-12-11T10:00:00");
    Map<String, Object> corrected2027 = new java.util.LinkedHashMap<>(Notice2027.body());
    corrected2027.put("title", Notice2027.TITLE + "（更正）");
    assertThat(put("admin", corrected2027).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getList("admin", "/api/admin/calendar/2027/versions").getBody())
        .extracting(v -> v.get("version")).containsExactly(2, 1);
  }

  @Test
  void deadlinesComputedBeforeThisNodeSawAnotherNodesPublicationAreCorrectedByTheSweep() {
    ResponseEntity<String> reported = rest.post("jingan-handler", "/api/accidents",
        ApiBodies.accident("occurredAt", "2026-12-01T07:00", "reportedAt", "2026-12-01T07:30"));
    String accidentNo = caseNoOf(reported);
    assertThat(caseView(accidentNo)).containsEntry("deadlineProvisional", true);

    // Another node stores the notice; nothing was recomputed here yet.
    calendarYears.publish(Notice2027.year(), "admin", Instant.now());
    assertThat(caseView(accidentNo).get("deadlineAt").toString()).startsWith("2027-02-01T15:59:59");

    List<MovedDeadline> moved = publisher.correctStragglers(500);
    assertThat(moved).anySatisfy(m -> {
      assertThat(m.caseNo()).isEqualTo(accidentNo);
      assertThat(m.kind()).isEqualTo(MovedDeadline.Kind.VARIABLE);
      assertThat(m.corrected().atZone(SHANGHAI).toLocalDate()).isEqualTo(LocalDate.parse("2027-01-30"));
    });
    assertThat(caseView(accidentNo)).containsEntry("deadlineProvisional", false);
    assertThat(caseView(accidentNo).get("deadlineAt").toString()).startsWith("2027-01-30T15:59:59");
    assertThat(publisher.correctStragglers(500)).as("each is corrected once").isEmpty();
  }

  private String listedMajorHazard(String rectificationDeadline) {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler",
        Map.of(HazardProcess.Var.HAZARD_LEVEL, HazardLevel.MAJOR.code(), CommonVariables.OPINION, "重大事故隐患"));
    hazards.complete(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, "jingan-handler",
        Map.of(HazardProcess.Var.MEASURES_REQUIRED, "危化品分区存放", HazardProcess.Var.SUSPENSION,
            Suspension.PARTIAL.code(), HazardProcess.Var.RECTIFICATION_DEADLINE, rectificationDeadline));
    hazards.complete(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING, "jingan-leader",
        Map.of(HazardProcess.Var.LISTING_APPROVAL, HazardProcess.Code.APPROVED));
    hazards.complete(caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN, "jingan-handler",
        HazardSteps.rectificationPlan(true));
    return caseNo;
  }

  private ResponseEntity<Map<String, Object>> put(String user, Map<String, Object> body) {
    return rest.as(user).exchange("/api/admin/calendar/2027", HttpMethod.PUT, new HttpEntity<>(body),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> movedOf(ResponseEntity<Map<String, Object>> published) {
    return (List<Map<String, Object>>) published.getBody().get("moved");
  }

  private void submit(String user, String caseNo, String taskKey, Map<String, Object> variables) {
    ResponseEntity<String> completed = rest.complete(user, task(caseNo, taskKey).getId(), variables);
    assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Task task(String caseNo, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of " + caseNo).isNotNull();
    return task;
  }

  private Job timer(String caseNo, String activityId) {
    return managementService.createJobQuery().processInstanceId(instanceOf(caseNo)).timers().list().stream()
        .filter(job -> activityId.equals(activityOf(job))).findFirst().orElseThrow();
  }

  private List<Job> dueJobs(String caseNo, Date now) {
    return managementService.createJobQuery().processInstanceId(instanceOf(caseNo)).timers()
        .duedateLowerThan(now).list();
  }

  private String activityOf(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  private String instanceOf(String caseNo) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
  }

  private Map<String, Object> caseView(String caseNo) {
    return rest.getMap("jingan-leader", "/api/cases/" + caseNo).getBody();
  }

  private List<Map<String, Object>> records(String caseNo) {
    return rest.getList("jingan-leader", "/api/cases/" + caseNo + "/records").getBody();
  }

  private static String caseNoOf(ResponseEntity<String> created) {
    String path = created.getHeaders().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String day(Date date) {
    return date.toInstant().atZone(SHANGHAI).toLocalDate().toString();
  }
}
