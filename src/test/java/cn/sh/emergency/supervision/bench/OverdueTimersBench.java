package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1c: rectification deadlines of many cases passing at the same moment (deadlines end at 23:59:59 of a day, so
 * they do come due together). Cases wait at 跟踪整改 with their reminder and due timers; the engine clock jumps
 * past both and the job executor fires them: first the bare reference process, then the hazard lifecycle on one
 * node, then on two nodes sharing the database. Each due timer must have fired exactly once: one 期限到达 record and
 * one 逾期处理 task per case, one successful job per timer in the job log.
 */
@Tag(Bench.TAG)
class OverdueTimersBench {

  private static final String DUE_TIMER_RECORDS =
      "select count(*) from case_record where kind = 'TIMER_FIRED' and activity_id = ?";

  private final AtomicInteger bareKeys = new AtomicInteger();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void dueTimersFireOnceOnOneAndOnTwoNodes() {
    int cases = Bench.setting("timers.cases", 10_000);
    int threads = Bench.setting("timers.seed-threads", 4);
    int batch = Bench.setting("timers.seed-batch", 50);
    String database = BenchServer.freshDatabase();
    TestClock.set(Bench.ENGINE_TIME);
    List<List<String>> rows = new ArrayList<>();
    try (BenchServer nodeA = BenchServer.start("node-a", database)) {
      CaseWork work = new CaseWork(nodeA.engine(), nodeA.bean(HazardIntake.class));
      TransactionTemplate transaction = new TransactionTemplate(nodeA.bean(PlatformTransactionManager.class));
      BareProcesses.deploy(nodeA.engine(), CaseWork.MAJOR_PATH);
      JdbcTemplate jdbc = nodeA.jdbc();

      Date remindAt = TestClock.set("2026-03-05T09:00:00");
      Date dueAt = TestClock.set("2026-03-10T23:59:59");
      TestClock.set(Bench.ENGINE_TIME);
      seed(threads, batch, cases, transaction, i -> work.start("city-handler", BareProcesses.TIMERS,
          "BARE-" + bareKeys.incrementAndGet(), Map.of(CommonVariables.DISTRICT, Bench.district(i / batch),
              BareProcesses.REMIND_AT, remindAt, BareProcesses.DUE_AT, dueAt)));
      rows.add(fire(jdbc, "bare reference, 1 node: reminders", BareProcesses.TIMERS, "2026-03-06T08:00:00"));
      rows.add(fire(jdbc, "bare reference, 1 node: due", BareProcesses.TIMERS, "2026-03-11T08:00:00"));

      seed(threads, batch, cases, transaction, i -> hazardAtRectification(work, i / batch, "2026-03-31"));
      rows.add(fire(jdbc, "hazard lifecycle, 1 node: reminders", HazardProcess.PROCESS_KEY, "2026-03-27T08:00:00"));
      rows.add(fire(jdbc, "hazard lifecycle, 1 node: due", HazardProcess.PROCESS_KEY, "2026-04-01T08:00:00"));
      assertFiredOnce(jdbc, cases);

      try (BenchServer nodeB = BenchServer.start("node-b", database)) {
        seed(threads, batch, cases, transaction, i -> hazardAtRectification(work, i / batch, "2026-04-24"));
        rows.add(fire(jdbc, "hazard lifecycle, 2 nodes: reminders", HazardProcess.PROCESS_KEY,
            "2026-04-22T08:00:00"));
        rows.add(fire(jdbc, "hazard lifecycle, 2 nodes: due", HazardProcess.PROCESS_KEY, "2026-04-25T08:00:00"));
        assertFiredOnce(jdbc, 2 * cases);
      }

      BenchReport.section(jdbc, "1c. Overdue rectification timers due at once", List.of(
          ("%,d cases per round wait at 跟踪整改 with a reminder (3 working days before) and a due timer (end of the "
              + "deadline day); the engine clock jumps past all reminders, then past all deadlines. \"Until all "
              + "fired\" counts from the jump, so it includes the job executor's idle back-off (up to its max wait); "
              + "the rate counts from the first fired job to the last.").formatted(cases),
          "",
          String.join("\n", BenchReport.table(List.of("round", "timer jobs fired", "until all fired s",
              "firing s", "jobs/s", "÷ bare jobs/s", "jobs per node"), ratios(rows))),
          "",
          "Checked after each hazard round: every case has exactly one 期限到达 record of its due timer and one "
              + "逾期处理 task, and no timer job succeeded twice."));
    }
  }

  private static void hazardAtRectification(CaseWork work, int batch, String deadline) {
    String caseNo = work.report("city-handler", Bench.district(batch));
    work.take(caseNo, CaseWork.verifyGeneral("city-handler", deadline));
  }

  /** Seeds items 0 … n-1 in transactions of a batch each. */
  private static void seed(int threads, int batch, int items, TransactionTemplate transaction, IntConsumer item) {
    Parallel.run(threads, (items + batch - 1) / batch, b -> transaction.executeWithoutResult(status -> {
      for (int i = b * batch; i < Math.min((b + 1) * batch, items); i++) {
        item.accept(i);
      }
    }));
  }

  /** Jumps the clock and waits until no timer of the process is due; returns the round's row. */
  private static List<String> fire(JdbcTemplate jdbc, String round, String processKey, String jumpTo) {
    String dueJobs = "select count(*) from act_ru_job j join act_re_procdef d on d.id_ = j.process_def_id_ "
        + "where j.type_ = 'timer' and j.retries_ > 0 and d.key_ = '" + processKey + "' and j.duedate_ <= ?";
    String fired = "select count(*) from act_hi_job_log l join act_re_procdef d on d.id_ = l.process_def_id_ "
        + "where l.job_state_ = 2 and d.key_ = '" + processKey + "'";
    long firedBefore = jdbc.queryForObject(fired, Long.class);
    Date now = TestClock.set(jumpTo);
    long jump = System.nanoTime();
    long first = 0;
    while (jdbc.queryForObject(dueJobs, Long.class, now) > 0) {
      if (first == 0 && jdbc.queryForObject(fired, Long.class) > firedBefore) {
        first = System.nanoTime();
      }
      sleep();
      assertThat(System.nanoTime() - jump).as("timers of %s still due after 30 minutes", round)
          .isLessThan(1_800_000_000_000L);
    }
    long done = System.nanoTime();
    long jobs = jdbc.queryForObject(fired, Long.class) - firedBefore;
    String perNode = String.join(", ", jdbc.queryForList("select l.hostname_ || ': ' || count(*) from act_hi_job_log l "
        + "join act_re_procdef d on d.id_ = l.process_def_id_ where l.job_state_ = 2 and d.key_ = '" + processKey
        + "' and l.timestamp_ = ? group by l.hostname_ order by 1", String.class, now));
    double firing = (done - (first == 0 ? jump : first)) / 1e9;
    return new ArrayList<>(List.of(round, "%,d".formatted(jobs), "%.1f".formatted((done - jump) / 1e9),
        "%.1f".formatted(firing), "%.0f".formatted(jobs / firing), perNode));
  }

  /** Adds each row's rate over the bare reference's of the same kind (rows alternate reminders and due). */
  private static List<List<String>> ratios(List<List<String>> rows) {
    List<List<String>> full = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = new ArrayList<>(rows.get(i));
      row.add(5, "%.2f".formatted(rate(row) / rate(rows.get(i % 2))));
      full.add(row);
    }
    return full;
  }

  private static double rate(List<String> row) {
    return Double.parseDouble(row.get(4).replace(",", ""));
  }

  private static void assertFiredOnce(JdbcTemplate jdbc, int cases) {
    assertThat(jdbc.queryForList("select incident_msg_ from act_ru_incident", String.class)).as("incidents").isEmpty();
    assertThat(jdbc.queryForObject(DUE_TIMER_RECORDS, Long.class, HazardProcess.TIMER_RECTIFICATION_DUE))
        .as("期限到达 records of due timers").isEqualTo(cases);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?", Long.class,
        HazardProcess.USER_TASK_DECIDE_OVERDUE)).as("逾期处理 tasks").isGreaterThanOrEqualTo(cases);
    assertThat(jdbc.queryForObject("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
        + "group by job_id_ having count(*) > 1) twice", Long.class)).as("timer jobs that succeeded twice").isZero();
    assertThat(jdbc.queryForObject("select count(*) from (select case_no from case_record where kind = 'TIMER_FIRED' "
        + "and activity_id = ? group by case_no having count(*) > 1) twice", Long.class,
        HazardProcess.TIMER_RECTIFICATION_DUE)).as("cases whose due timer fired twice").isZero();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
