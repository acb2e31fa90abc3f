package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresTestDatabase;
import cn.sh.emergency.supervision.support.RequiresPostgres;
import cn.sh.emergency.supervision.support.ServerProcess;
import cn.sh.emergency.supervision.support.StandaloneServer;
import cn.sh.emergency.supervision.support.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two server processes on one PostgreSQL with 800 overdue rectifications (1,600 due timers: reminder and
 * deadline). Both serve Tasklist and the REST API; one is killed (SIGKILL) while firing. The other fires what is left,
 * including the jobs the dead node had locked once their lock time is over: every case has exactly one 期限到达 record
 * and one 逾期处理 task, no incident, no job left locked.
 */
@Tag(StandaloneServer.TAG)
@ExtendWith(RequiresPostgres.class)
class TwoNodeTimersTest {

  private static final int CASES = 800;
  private static final String SEEDED_AT = "2026-03-02T09:00:00";
  /**
   * The nodes' engine clocks start 90 s before the deadlines end (2026-03-20, 23:59:59), so that both are up when the
   * 800 due timers come due together (the reminders, due days before, fire while they start).
   */
  private static final String NODES_START_AT = "2026-03-20T23:58:29";
  private static final int LOCK_SECONDS = 15;
  private static final String DUE_RECORDS =
      "select count(*) from case_record where kind = 'TIMER_FIRED' and activity_id = ?";

  private static final String USER = "jingan-handler";
  private static final String JSON = "application/json";

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void dueTimersFireExactlyOnceOnTwoNodesAndAKilledNodesJobsAreTakenOver() throws Exception {
    String database = PostgresTestDatabase.sibling("supervision_nodes_test");
    PostgresTestDatabase.recreate(database);
    seed(database);

    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, PostgresTestDatabase.USER,
        PostgresTestDatabase.PASSWORD));
    ExecutorService starting = Executors.newFixedThreadPool(2);
    List<Future<ServerProcess>> nodes = new ArrayList<>();
    for (String node : List.of("node-a", "node-b")) {
      nodes.add(starting.submit(() -> ServerProcess.start(database, NODES_START_AT,
          Path.of("target/server-process/" + node + ".log"),
          "camunda.bpm.job-execution.enabled=true",
          "camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_SECONDS * 1000,
          "camunda.bpm.generic-properties.properties.hostname=" + node)));
    }
    try (ServerProcess nodeA = nodes.get(0).get(); ServerProcess nodeB = nodes.get(1).get()) {
      starting.shutdown();
      for (ServerProcess node : List.of(nodeA, nodeB)) {
        Http http = new Http(node.port(), PlatformSample.PASSWORD);
        assertThat(http.get(USER, "/camunda/app/tasklist/default/", "text/html").status()).as("Tasklist")
            .isEqualTo(200);
        assertThat(http.get(USER, "/engine-rest/task/count", JSON).status()).as("engine REST").isEqualTo(200);
        assertThat(http.get(USER, "/api/cases?district=jingan", JSON).status()).as("/api").isEqualTo(200);
      }
      long dueBefore = waitUntil(jdbc, n -> n > 0, Duration.ofSeconds(180));
      long lockedAtKill = lockedJobs(jdbc);
      nodeA.kill();
      long killedAt = System.nanoTime();
      waitUntil(jdbc, n -> n == CASES, Duration.ofSeconds(LOCK_SECONDS + 240L));
      double afterKill = (System.nanoTime() - killedAt) / 1e9;

      assertThat(jdbc.queryForList("select incident_msg_ from act_ru_incident", String.class)).as("incidents")
          .isEmpty();
      await().atMost(Duration.ofSeconds(LOCK_SECONDS + 120L)).until(() -> lockedJobs(jdbc) == 0);
      assertThat(dueRecords(jdbc)).as("期限到达 records").isEqualTo(CASES);
      assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?", Long.class,
          HazardProcess.USER_TASK_DECIDE_OVERDUE)).as("逾期处理 tasks").isEqualTo(CASES);
      assertThat(lockedJobs(jdbc)).as("jobs still locked").isZero();
      List<Map<String, Object>> perNode = jdbc.queryForList("select hostname_, count(*) as jobs from act_hi_job_log "
          + "where job_state_ = 2 group by hostname_ order by hostname_");
      assertThat(perNode).extracting(row -> row.get("hostname_")).contains("node-b");
      System.out.printf("[nodes] %d cases overdue; node-a killed at %d due records with %d jobs locked; all fired "
          + "%.1f s after (lock time %d s); successful jobs per node: %s%n", CASES, dueBefore, lockedAtKill, afterKill,
          LOCK_SECONDS, perNode);
    }
  }

  /** 800 cases verified as general hazards with a deadline of 2026-03-20: each waits at 跟踪整改 with its timers. */
  private static void seed(String database) throws Exception {
    TestClock.set(SEEDED_AT);
    try (ConfigurableApplicationContext server = StandaloneServer.start("default", database, "postgres,dev",
        "spring.datasource.username=" + PostgresTestDatabase.USER,
        "spring.datasource.password=" + PostgresTestDatabase.PASSWORD)) {
      HazardSteps steps = new HazardSteps(server.getBean(HazardIntake.class), server.getBean(TaskService.class),
          server.getBean(IdentityService.class));
      ExecutorService seeders = Executors.newFixedThreadPool(4);
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        work.add(CompletableFuture.runAsync(() -> {
          String caseNo = steps.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
          steps.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", Map.of(
              HazardProcess.Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), HazardProcess.Var.FIXED_ON_SPOT, false,
              HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-03-20"));
        }, seeders));
      }
      CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
      seeders.shutdown();
    } finally {
      TestClock.reset();
    }
  }

  /** Waits until the number of 期限到达 records satisfies {@code done}; returns it. */
  private static long waitUntil(JdbcTemplate jdbc, LongPredicate done, Duration within) {
    return await().atMost(within).pollInterval(Duration.ofMillis(250)).until(() -> dueRecords(jdbc), done::test);
  }

  private static long dueRecords(JdbcTemplate jdbc) {
    return jdbc.queryForObject(DUE_RECORDS, Long.class, HazardProcess.TIMER_RECTIFICATION_DUE);
  }

  private static long lockedJobs(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class);
  }
}
