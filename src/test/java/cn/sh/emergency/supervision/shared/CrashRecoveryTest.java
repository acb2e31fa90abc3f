package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresTestDatabase;
import cn.sh.emergency.supervision.support.RequiresPostgres;
import cn.sh.emergency.supervision.support.ServerProcess;
import cn.sh.emergency.supervision.support.StandaloneServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * The server is killed (SIGKILL) in the middle of concurrent case work — reports and verifications — and started
 * again on the same database: every case is either fully there (ledger, engine instance, its open task, its record)
 * or not at all, no task is lost or doubled, the ledger's stage is the engine's, every full-process record chain
 * verifies, every case the clients were told about exists, and case numbers go on without reuse — on PostgreSQL and on
 * the embedded default.
 */
@Tag(StandaloneServer.TAG)
@ExtendWith(RequiresPostgres.class)
class CrashRecoveryTest {

  private static final Pattern CASE_NO = Pattern.compile("\"caseNo\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final int CLIENTS = 4;
  private static final String ENGINE_TIME = "2026-03-02T09:00:00";
  /** Only the requests' own work; no timer is due at this engine time anyway. */
  private static final String NO_JOBS = "camunda.bpm.job-execution.enabled=false";

  private static final String USER = "jingan-handler";
  private static final String JSON = "application/json";
  /** Enough cases under way that the kill lands in the middle of some. */
  private static final int CASES_BEFORE_KILL = 60;

  @Test
  void aKilledServerOnPostgresLeavesEveryCaseWholeOrAbsent() throws Exception {
    String database = PostgresTestDatabase.sibling("supervision_crash_test");
    PostgresTestDatabase.recreate(database);
    killAndRestart(database, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
  }

  /** The embedded default (H2 file database) with its own settings, as {@code ./mvnw spring-boot:run} runs it. */
  @Test
  void aKilledServerOnTheEmbeddedDefaultLeavesEveryCaseWholeOrAbsent() throws Exception {
    Path directory = Path.of("target/crash-h2").toAbsolutePath();
    FileSystemUtils.deleteRecursively(directory);
    killAndRestart(embeddedDefaultAt(directory.resolve("supervision")), ServerProcess.H2_USER, "");
  }

  /**
   * The embedded default's address (application.yml) for a database at {@code path}, plus AUTO_SERVER so that the test
   * reads the database while the server has it open.
   */
  private static String embeddedDefaultAt(Path path) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    assertThat(url).startsWith("jdbc:h2:file:./data/supervision");
    return url.replace("./data/supervision", path.toString()) + ";AUTO_SERVER=TRUE";
  }

  private void killAndRestart(String database, String user, String password) throws Exception {
    Path log = Path.of("target/server-process/crash.log");
    Set<String> reported = ConcurrentHashMap.newKeySet();
    Set<String> verified = ConcurrentHashMap.newKeySet();

    ServerProcess first = ServerProcess.start(database, ENGINE_TIME, log, NO_JOBS);
    Http client = new Http(first.port(), PlatformSample.PASSWORD);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int c = 0; c < CLIENTS; c++) {
        clients.submit(() -> {
          while (running.get()) {
            work(client, reported, verified);
          }
          return null;
        });
      }
      await().atMost(Duration.ofSeconds(120)).until(() -> reported.size() >= CASES_BEFORE_KILL);
      first.kill();
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(60, TimeUnit.SECONDS);
      first.close();
    }
    assertThat(reported).as("cases reported before the kill").hasSizeGreaterThan(10);

    try (ServerProcess second = ServerProcess.start(database, ENGINE_TIME, log, NO_JOBS)) {
      Map<String, String> ledgerStages = new HashMap<>();
      Map<String, List<String>> openTasks = new HashMap<>();
      Set<String> engineCases = new HashSet<>();
      try (Connection db = DriverManager.getConnection(database, user, password);
           Statement sql = db.createStatement()) {
        try (ResultSet rows = sql.executeQuery("select case_no, stage from case_ledger")) {
          while (rows.next()) {
            ledgerStages.put(rows.getString(1), rows.getString(2));
          }
        }
        try (ResultSet rows = sql.executeQuery("select e.business_key_, t.task_def_key_ from act_ru_execution e "
            + "left join act_ru_task t on t.proc_inst_id_ = e.id_ where e.parent_id_ is null and e.proc_def_key_ = '"
            + HazardProcess.PROCESS_KEY + "'")) {
          while (rows.next()) {
            engineCases.add(rows.getString(1));
            openTasks.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
          }
        }
      }
      assertThat(engineCases).as("cases in the engine = cases in the ledger").isEqualTo(ledgerStages.keySet());
      assertThat(ledgerStages.keySet()).as("every case the clients were told about").containsAll(reported);
      openTasks.forEach((caseNo, tasks) -> {
        assertThat(tasks).as("open tasks of " + caseNo).hasSize(1).doesNotContainNull();
        assertThat(ledgerStages.get(caseNo)).as("ledger stage of " + caseNo).isEqualTo(tasks.get(0));
      });
      for (String caseNo : verified) {
        assertThat(openTasks.get(caseNo)).as("verified " + caseNo)
            .doesNotContain(HazardProcess.USER_TASK_VERIFY_HAZARD);
      }
      Http restarted = new Http(second.port(), PlatformSample.PASSWORD);
      for (String caseNo : ledgerStages.keySet()) {
        Http.Response chain = restarted.get(USER, "/api/cases/" + caseNo + "/records/verify", JSON);
        assertThat(chain.body()).as(caseNo).contains("\"intact\":true");
      }
      Http.Response after = report(restarted);
      Matcher next = CASE_NO.matcher(after.body());
      assertThat(after.status()).as(after.body()).isEqualTo(201);
      assertThat(next.find()).isTrue();
      assertThat(ledgerStages).as("a number issued after the restart is new").doesNotContainKey(next.group(1));
      System.out.printf("[crash] %s: %d cases acknowledged (%d verified) before SIGKILL, %d in the ledger and the "
              + "engine after the restart, all whole%n", ServerProcess.embedded(database) ? "H2" : "PostgreSQL",
          reported.size(), verified.size(), ledgerStages.size());
    }
  }

  /** One case: reported, then its verification claimed and submitted, as Tasklist does. */
  private static void work(Http http, Set<String> reported, Set<String> verified) {
    try {
      Http.Response report = report(http);
      Matcher caseNo = CASE_NO.matcher(report.body());
      if (report.status() != 201 || !caseNo.find()) {
        return;
      }
      reported.add(caseNo.group(1));
      Http.Response tasks = http.get(USER, "/engine-rest/task?processInstanceBusinessKey=" + caseNo.group(1), JSON);
      Matcher task = TASK_ID.matcher(tasks.body());
      if (!task.find()) {
        return;
      }
      http.postJson(USER, "/engine-rest/task/" + task.group(1) + "/claim", "{\"userId\":\"" + USER + "\"}", JSON);
      Http.Response submitted = http.postJson(USER, "/engine-rest/task/" + task.group(1) + "/submit-form",
          "{\"variables\":{\"hazardLevel\":{\"value\":\"GENERAL\"},\"fixedOnSpot\":{\"value\":false},"
              + "\"rectificationDeadline\":{\"value\":\"2026-03-20\"}}}", JSON);
      if (submitted.status() == 204) {
        verified.add(caseNo.group(1));
      }
    } catch (IllegalStateException killed) {
      // The server went away in the middle of this case: what it left is checked after the restart.
    }
  }

  private static Http.Response report(Http http) {
    return http.postJson(USER, "/api/hazards", ApiBodies.json(ApiBodies.hazard()), JSON);
  }
}
