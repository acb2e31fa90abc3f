package cn.sh.emergency.supervision.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two attacks of someone who can write the database, each of which a chain re-computed from the database alone
 * cannot see: deleting a case's newest records (and setting the ledger back), and rewriting a record and
 * re-computing every hash after it. Once the chain is anchored outside the database, its verification names the
 * records deleted or rewritten.
 */
@PostgresIntegrationTest
class RecordAnchorsIntegrationTest {

  private static final String HANDLER = "jingan-handler";
  private static final String ADMIN = "admin";

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CaseRecordRepository records;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(restTemplate);
    TestClock.set("2026-03-02T10:00:00");
  }

  @AfterEach
  void tearDown() {
    TestClock.reset();
  }

  @Test
  void deletingTheNewestRecordsAndSettingTheLedgerBackIsFoundOnlyWithTheAnchor() {
    String unanchored = closedCase();
    deleteNewest(unanchored, 2);
    assertThat(verify(unanchored)).containsEntry("intact", true).containsEntry("anchoredRecords", 0);

    String caseNo = closedCase();
    int records = recordCount(caseNo);
    anchorNow();
    assertThat(verify(caseNo)).containsEntry("intact", true).containsEntry("anchoredRecords", records);

    deleteNewest(caseNo, 2);
    Map<String, Object> verified = verify(caseNo);
    assertThat(verified).containsEntry("intact", false).containsEntry("firstBrokenSeq", records - 1)
        .containsEntry("anchoredRecords", records);
    assertThat(verified.get("reason").toString())
        .contains("第" + (records - 1) + "至第" + records + "条记录被删除")
        .contains("锚定时已有" + records + "条");

    Map<String, Object> status = anchorNow();
    assertThat(refused(status)).containsKey(caseNo);
    assertThat(verify(caseNo)).containsEntry("intact", false);
  }

  @Test
  void rewritingARecordAndRecomputingTheHashesAfterItIsFoundAndNamedWithTheAnchor() {
    String unanchored = closedCase();
    rewrite(unanchored, 2, "未核实");
    assertThat(verify(unanchored)).containsEntry("intact", true);

    String caseNo = closedCase();
    anchorNow();
    Long rewritten = jdbc.queryForObject("select id from case_record where case_no = ? and seq = 2", Long.class,
        caseNo);
    rewrite(caseNo, 2, "未核实");

    Map<String, Object> verified = verify(caseNo);
    assertThat(verified).containsEntry("intact", false).containsEntry("firstBrokenSeq", 2);
    assertThat(((Number) verified.get("firstBrokenId")).longValue()).isEqualTo(rewritten);
    assertThat(verified.get("reason").toString()).startsWith("第2条记录被改写").doesNotContain("第2、3");
  }

  @Test
  void recordsAddedAfterTheAnchorAreAnchoredNextTimeAndOnlyAdministratorsAnchor() {
    TestClock.set("2026-03-03T10:00:00");
    String caseNo = rest.startCase(HANDLER, "jingan");
    anchorNow();
    assertThat(verify(caseNo)).containsEntry("intact", true).containsEntry("anchoredRecords", 1);

    Task handle = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete(HANDLER, handle.getId(), Map.of(PlatformSample.HANDLE_OUTCOME, "DONE", "opinion", "已核实"));
    assertThat(verify(caseNo)).containsEntry("intact", true).containsEntry("anchoredRecords", 1);
    Map<String, Object> status = anchorNow();
    assertThat(verify(caseNo)).containsEntry("intact", true).containsEntry("anchoredRecords", recordCount(caseNo));
    assertThat(refused(status)).doesNotContainKey(caseNo);
    assertThat(status.get("damage")).isNull();

    assertThat(rest.post(HANDLER, "/api/admin/record-anchors", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getMap("jingan-leader", "/api/admin/record-anchors").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.as(ADMIN).getForObject("/actuator/prometheus", String.class))
        .contains("supervision_record_anchor_age_seconds").contains("supervision_record_anchor_refused");
  }

  private String closedCase() {
    String caseNo = rest.startCase(HANDLER, "jingan");
    Task handle = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete(HANDLER, handle.getId(), Map.of(PlatformSample.HANDLE_OUTCOME, "DONE", "opinion", "已核实"));
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    rest.complete("jingan-reviewer", review.getId(), Map.of("outcome", "APPROVED", "opinion", "同意"));
    assertThat(recordCount(caseNo)).isGreaterThanOrEqualTo(4);
    return caseNo;
  }

  private Map<String, Object> anchorNow() {
    var answer = rest.as(ADMIN).postForEntity("/api/admin/record-anchors", null, Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> status = answer.getBody();
    return status;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> refused(Map<String, Object> status) {
    return (Map<String, Object>) status.get("refusedLastTime");
  }

  private Map<String, Object> verify(String caseNo) {
    return rest.getMap(HANDLER, "/api/cases/" + caseNo + "/records/verify").getBody();
  }

  private int recordCount(String caseNo) {
    return jdbc.queryForObject("select count(*) from case_record where case_no = ?", Integer.class, caseNo);
  }

  /** The first attack: the newest records gone, the ledger set back to the chain's new end. */
  private void deleteNewest(String caseNo, int count) {
    int remaining = recordCount(caseNo) - count;
    jdbc.update("delete from case_record where case_no = ? and seq > ?", caseNo, remaining);
    String head = jdbc.queryForObject("select hash from case_record where case_no = ? and seq = ?", String.class,
        caseNo, remaining);
    jdbc.update("update case_ledger set record_count = ?, last_record_hash = ? where case_no = ?", remaining, head,
        caseNo);
  }

  /** The second attack: one record's opinion changed, its hash and every later one re-computed, the ledger too. */
  private void rewrite(String caseNo, int seq, String opinion) {
    jdbc.update("update case_record set opinion = ? where case_no = ? and seq = ?", opinion, caseNo, seq);
    String prev = jdbc.queryForObject("select hash from case_record where case_no = ? and seq = ?", String.class,
        caseNo, seq - 1);
    List<CaseRecord> chain = records.findByCaseNoOrderBySeqAsc(caseNo);
    for (CaseRecord r : chain.subList(seq - 1, chain.size())) {
      String hash = RecordHasher.hash(r, prev);
      jdbc.update("update case_record set prev_hash = ?, hash = ? where id = ?", prev, hash, r.id());
      prev = hash;
    }
    jdbc.update("update case_ledger set last_record_hash = ? where case_no = ?", prev, caseNo);
  }
}
