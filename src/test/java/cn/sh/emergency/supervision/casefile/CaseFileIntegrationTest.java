package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class CaseFileIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Deadline deadline;
  @Autowired
  DocumentNumbers documentNumbers;
  @Autowired
  NumberCounterRepository counters;
  @Autowired
  PlatformTransactionManager transactionManager;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
  }

  @AfterEach
  void tearDown() {
    TestClock.reset();
  }

  @Test
  void fiftyConcurrentStartsGetFiftyDistinctGaplessCaseNumbers() throws Exception {
    TestClock.set("2025-06-10T09:00:00");
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Callable<String>> starts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      starts.add(() -> rest.startCase("jingan-handler", "jingan"));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<String> f : pool.invokeAll(starts)) {
      numbers.add(f.get());
    }
    pool.shutdown();

    assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("HZ-JINGAN-2025-\\d{6}"));
    assertThat(numbers.stream().map(n -> Integer.parseInt(n.substring(n.length() - 6))).sorted().toList())
        .as("gapless from 1").isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
    assertThat(jdbc.queryForObject("select count(*) from case_ledger where case_no like 'HZ-JINGAN-2025-%'",
        Integer.class)).isEqualTo(50);
    for (String caseNo : numbers) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isOne();
    }
  }

  @Test
  void documentNumbersAreGaplessPerDistrictKindAndYearUnderConcurrency() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<String>> issues = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issues.add(() -> documentNumbers.next(District.PUTUO, "罚", 2026));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<String> f : pool.invokeAll(issues)) {
      numbers.add(f.get());
    }
    pool.shutdown();
    assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("沪普应急罚〔2026〕\\d+号"));
    assertThat(numbers.stream().map(n -> Integer.parseInt(n.replaceAll(".*〕(\\d+)号", "$1"))).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    assertThat(documentNumbers.next(District.PUTUO, "告", 2026)).isEqualTo("沪普应急告〔2026〕1号");
    assertThat(documentNumbers.next(District.PUTUO, "罚", 2025)).isEqualTo("沪普应急罚〔2025〕1号");
    assertThat(documentNumbers.next(District.XUHUI, "罚", 2026)).isEqualTo("沪徐应急罚〔2026〕1号");
  }

  @Test
  void creatingACounterThatAnotherThreadCreatedFirstNeverResetsIt() {
    documentNumbers.next(District.HONGKOU, "罚", 2026);
    documentNumbers.next(District.HONGKOU, "罚", 2026);
    // What a thread that lost the race to create the counter does.
    Integer inserted = new TransactionTemplate(transactionManager)
        .execute(status -> counters.createAtZero("document:罚:hongkou", 2026));
    assertThat(inserted).isZero();
    assertThat(documentNumbers.next(District.HONGKOU, "罚", 2026)).isEqualTo("沪虹应急罚〔2026〕3号");
  }

  @Test
  void aCaseIsRecordedFromStartToCloseAndTheChainVerifies() {
    Date start = TestClock.set("2026-03-02T10:00:00");
    String caseNo = rest.startCase("jingan-handler", "jingan");
    assertThat(caseNo).startsWith("HZ-JINGAN-2026-");

    Task handle = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(PlatformSample.USER_TASK_HANDLE).singleResult();
    assertThat(handle.getDueDate()).isEqualTo(deadline.workingDays(start, 5));
    assertThat(handle.getTenantId()).isEqualTo("jingan");

    // The reminder timer fires when the engine clock reaches it.
    Job reminder = managementService.createJobQuery().processInstanceId(handle.getProcessInstanceId()).singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(deadline.workingDaysBefore(deadline.workingDays(start, 5), 3));
    TestClock.set("2026-03-04T00:00:01");
    assertThat(managementService.createJobQuery().processInstanceId(handle.getProcessInstanceId()).executable()
        .count()).isOne();
    managementService.executeJob(reminder.getId());

    assertThat(rest.complete("jingan-handler", handle.getId(),
        Map.of(PlatformSample.HANDLE_OUTCOME, "DONE", "opinion", "现场已整改")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.getVariable(handle.getProcessInstanceId(), "opinion"))
        .as("an opinion does not leak into the next task").isNull();

    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    assertThat(rest.complete("jingan-reviewer", review.getId(), Map.of("outcome", "APPROVED", "opinion", "同意"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> ledger = rest.getMap("jingan-handler", "/api/cases/" + caseNo).getBody();
    assertThat(ledger).containsEntry("district", "jingan").containsEntry("enterpriseUscc", EngineRest.VALID_USCC)
        .containsEntry("sector", "HAZARDOUS_CHEMICALS").containsEntry("lifecycle", PlatformSample.PROCESS_KEY);
    assertThat(ledger.get("closedAt")).isNotNull();

    List<Map<String, Object>> records = rest.getList("jingan-handler", "/api/cases/" + caseNo + "/records").getBody();
    assertThat(records).extracting(r -> r.get("kind"))
        .containsExactly("CASE_OPENED", "TIMER_FIRED", "TASK_COMPLETED", "TASK_COMPLETED", "CASE_CLOSED");
    assertThat(records.get(2)).containsEntry("actor", "jingan-handler").containsEntry("outcome", "DONE")
        .containsEntry("opinion", "现场已整改").containsEntry("activityId", PlatformSample.USER_TASK_HANDLE);
    assertThat(records.get(3)).containsEntry("actor", "jingan-reviewer").containsEntry("outcome", "APPROVED");

    Map<String, Object> verified = rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify").getBody();
    assertThat(verified).containsEntry("intact", true).containsEntry("records", 5);
  }

  @Test
  void alteringOneRecordInTheDatabaseIsFoundAndNamed() {
    TestClock.set("2026-03-02T10:00:00");
    String caseNo = rest.startCase("jingan-handler", "jingan");
    Task handle = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete("jingan-handler", handle.getId(), Map.of(PlatformSample.HANDLE_OUTCOME, "DONE", "opinion", "已核实"));
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete("jingan-reviewer", review.getId(), Map.of("outcome", "APPROVED", "opinion", "同意"));

    Long tampered = jdbc.queryForObject("select id from case_record where case_no = ? and seq = 2", Long.class, caseNo);
    jdbc.update("update case_record set opinion = '未核实' where id = ?", tampered);

    Map<String, Object> verified = rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify").getBody();
    assertThat(verified).containsEntry("intact", false).containsEntry("firstBrokenSeq", 2);
    assertThat(((Number) verified.get("firstBrokenId")).longValue()).isEqualTo(tampered);
    assertThat(verified.get("reason").toString()).contains("第2条");

    jdbc.update("update case_record set opinion = '已核实' where id = ?", tampered);
    assertThat(rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", true);

    jdbc.update("delete from case_record where case_no = ? and seq = (select max(seq) from case_record where case_no = ?)",
        caseNo, caseNo);
    assertThat(rest.getMap("jingan-handler", "/api/cases/" + caseNo + "/records/verify").getBody())
        .containsEntry("intact", false);
  }

  @Test
  void unknownAndMalformedCaseNumbers() {
    assertThat(rest.getMap("jingan-handler", "/api/cases/HZ-JINGAN-2026-999999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    var malformed = rest.getMap("jingan-handler", "/api/cases/not-a-case/records/verify");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().get("detail").toString()).contains("案件编号格式不正确");
  }
}
