package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresTestDatabase;
import cn.sh.emergency.supervision.support.RequiresPostgres;
import cn.sh.emergency.supervision.support.ServerProcess;
import cn.sh.emergency.supervision.support.StandaloneServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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

/**
 * The server is killed (SIGKILL) in the middle of concurrent case work — reports and verifications — and started
 * again on the same database: every case is either fully there (ledger, engine instance, its open task, its record)
 * or not at all, no task is lost or doubled, the ledger's stage is the engine's, every full-process record chain
 * verifies, every case the clients were told about exists, and case numbers go on without reuse.
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

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aKilledServerLeavesEveryCaseWholeOrAbsent() throws Exception {
    String database = PostgresTestDatabase.sibling("supervision_crash_test");
    PostgresTestDatabase.recreate(database);
    Path log = Path.of("target/server-process/crash.log");
    Set<String> reported = ConcurrentHashMap.newKeySet();
    Set<String> verified = ConcurrentHashMap.newKeySet();

    ServerProcess first = ServerProcess.start(database, ENGINE_TIME, log, NO_JOBS);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int c = 0; c < CLIENTS; c++) {
        clients.submit(() -> {
          while (running.get()) {
            work(first.port(), reported, verified);
          }
          return null;
        });
      }
      Thread.sleep(15_000);
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
      try (Connection db = DriverManager.getConnection(database, PostgresTestDatabase.USER,
          PostgresTestDatabase.PASSWORD); Statement sql = db.createStatement()) {
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
      for (String caseNo : ledgerStages.keySet()) {
        HttpResponse<String> chain = send(second.port(), "GET", "/api/cases/" + caseNo + "/records/verify", null);
        assertThat(chain.body()).as(caseNo).contains("\"intact\":true");
      }
      HttpResponse<String> after = report(second.port());
      Matcher next = CASE_NO.matcher(after.body());
      assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
      assertThat(next.find()).isTrue();
      assertThat(ledgerStages).as("a number issued after the restart is new").doesNotContainKey(next.group(1));
      System.out.printf("[crash] %d cases acknowledged (%d verified) before SIGKILL, %d in the ledger and the engine "
          + "after the restart, all whole%n", reported.size(), verified.size(), ledgerStages.size());
    }
  }

  /** One case: reported, then its verification claimed and submitted, as Tasklist does. */
  private void work(int port, Set<String> reported, Set<String> verified) {
    try {
      HttpResponse<String> report = report(port);
      Matcher caseNo = CASE_NO.matcher(report.body());
      if (report.statusCode() != 201 || !caseNo.find()) {
        return;
      }
      reported.add(caseNo.group(1));
      HttpResponse<String> tasks = send(port, "GET", "/engine-rest/task?processInstanceBusinessKey="
          + caseNo.group(1), null);
      Matcher task = TASK_ID.matcher(tasks.body());
      if (!task.find()) {
        return;
      }
      send(port, "POST", "/engine-rest/task/" + task.group(1) + "/claim", "{\"userId\":\"jingan-handler\"}");
      HttpResponse<String> submitted = send(port, "POST", "/engine-rest/task/" + task.group(1) + "/submit-form",
          "{\"variables\":{\"hazardLevel\":{\"value\":\"GENERAL\"},\"fixedOnSpot\":{\"value\":false},"
              + "\"rectificationDeadline\":{\"value\":\"2026-03-20\"}}}");
      if (submitted.statusCode() == 204) {
        verified.add(caseNo.group(1));
      }
    } catch (Exception killed) {
      // The server went away in the middle of this case: what it left is checked after the restart.
    }
  }

  private HttpResponse<String> report(int port) throws Exception {
    return send(port, "POST", "/api/hazards", ApiBodies.json(ApiBodies.hazard()));
  }

  private HttpResponse<String> send(int port, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("jingan-handler:" + PlatformSample.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

}
