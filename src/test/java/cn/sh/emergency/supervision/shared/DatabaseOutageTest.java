package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.ApiBodies;
import cn.sh.emergency.supervision.support.ErrorBodies;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.LogInForms;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresTestDatabase;
import cn.sh.emergency.supervision.support.RequiresPostgres;
import cn.sh.emergency.supervision.support.StandaloneServer;
import cn.sh.emergency.supervision.support.TcpProxy;
import cn.sh.emergency.supervision.support.TestClock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away for 20 seconds under load (every connection dropped, new ones refused) and comes back: the
 * server recovers without a restart; requests meanwhile get 503 with the usual Chinese JSON body, never a stack trace
 * or SQL — logging in to the webapps and the dashboard too; nothing is half-written (every case is in the ledger and
 * the engine, or in neither; every record chain verifies; every case the clients were told about exists).
 */
@Tag(StandaloneServer.TAG)
@ExtendWith(RequiresPostgres.class)
class DatabaseOutageTest {

  private static final String HANDLER = "jingan-handler";
  private static final String ADMIN = "admin";
  private static final Pattern CASE_NO = Pattern.compile("\"caseNo\":\"([^\"]+)\"");
  private static final Duration OUTAGE = Duration.ofSeconds(20);
  private static final int CLIENTS = 4;
  /** Cases reported before the outage and after it, at least. */
  private static final int MIN_CASES_PER_PHASE = 20;
  /**
   * How long any phase may take: the pool retries a connection every few seconds, so the server recovers within
   * seconds of the database's return on an idle machine (the time is printed); the bound only stops a server that
   * never recovers, and is generous so a machine busy with other work still passes.
   */
  private static final Duration PHASE_BOUND = Duration.ofSeconds(120);

  /** The phase when the request was sent, and when it was answered. */
  private record Answer(String sent, String phase, int status, String body) {
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void theServerAnswers503DuringAnOutageAndRecoversWithoutARestart() throws Exception {
    String database = PostgresTestDatabase.sibling("supervision_outage_test");
    PostgresTestDatabase.recreate(database);
    // Deadlines of a day the statutory calendar covers, whatever the date the test runs.
    TestClock.set("2026-03-02T09:00:00");
    URI target = URI.create(database.substring("jdbc:".length()));
    try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
         ConfigurableApplicationContext server = StandaloneServer.start("default",
             "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath(), "postgres,dev",
             "spring.datasource.username=" + PostgresTestDatabase.USER,
             "spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
             "spring.datasource.hikari.connection-timeout=2000",
             "supervision.evidence.directory=target/outage/evidence")) {
      int port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      Http http = new Http(port, PlatformSample.PASSWORD);
      LogInForms logIns = LogInForms.open(port);
      ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicReference<String> phase = new AtomicReference<>("before");
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int c = 0; c < CLIENTS; c++) {
        clients.submit(() -> {
          while (running.get()) {
            answers.add(report(http, phase));
          }
          return null;
        });
      }
      await().atMost(PHASE_BOUND).until(() -> created(answers, "before") >= MIN_CASES_PER_PHASE);
      phase.set("outage");
      proxy.cut();
      long cut = System.nanoTime();
      List<HttpResponse<String>> outageLogIns = List.of(logIns.webapp("tasklist", HANDLER, PlatformSample.PASSWORD),
          logIns.webapp("cockpit", ADMIN, PlatformSample.PASSWORD),
          logIns.webapp("admin", ADMIN, PlatformSample.PASSWORD),
          logIns.dashboard(HANDLER, PlatformSample.PASSWORD));
      // The database stays away for the whole outage, and the clients have been answered meanwhile.
      await().atMost(OUTAGE.plus(PHASE_BOUND)).pollInterval(Duration.ofMillis(200)).until(() ->
          System.nanoTime() - cut >= OUTAGE.toNanos() && refused(answers, "outage") > 0);
      phase.set("recovering");
      proxy.restore();
      long restored = System.nanoTime();
      await().atMost(PHASE_BOUND).pollInterval(Duration.ofMillis(100))
          .until(() -> created(answers, "recovering") > 0);
      double recoverySeconds = (System.nanoTime() - restored) / 1e9;
      phase.set("after");
      HttpResponse<String> logInAfter = logIns.webapp("tasklist", HANDLER, PlatformSample.PASSWORD);
      await().atMost(PHASE_BOUND).until(() -> answers.stream().filter(a -> a.sent().equals("after"))
          .count() >= MIN_CASES_PER_PHASE);
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      List<Answer> all = new ArrayList<>(answers);
      assertThat(all).as("answers").allSatisfy(a -> {
        assertThat(a.status()).as(a.body()).isIn(201, 503);
        assertThat(a.body()).doesNotContain("Exception", "SQL", "select ", "insert ", "\tat ", "org.");
      });
      assertThat(all).filteredOn(a -> a.phase().equals("before")).isNotEmpty().allMatch(a -> a.status() == 201);
      assertThat(all).filteredOn(a -> a.phase().equals("outage") && a.status() == 503).isNotEmpty()
          .allSatisfy(a -> assertThat(a.body()).contains(DatabaseUnavailable.MESSAGE).contains("\"status\":503"));
      assertThat(all).filteredOn(a -> a.sent().equals("after")).isNotEmpty().allMatch(a -> a.status() == 201);
      assertThat(outageLogIns).as("log-ins during the outage").allSatisfy(logIn -> {
        assertThat(logIn.statusCode()).as(logIn.uri() + " " + logIn.body()).isEqualTo(503);
        assertThat(logIn.headers().firstValue("Retry-After"))
            .hasValue(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(logIn.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        // The dashboard answers Problem Details (detail), the webapps their own shape (message).
        assertThat(ErrorBodies.message(logIn.body())).isEqualTo(DatabaseUnavailable.MESSAGE);
        assertThat(logIn.body()).doesNotContain("Exception", "SQL", "\tat ", "org.");
      });
      assertThat(logInAfter.statusCode()).as("Tasklist log-in after the outage: " + logInAfter.body()).isEqualTo(200);

      JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
      Set<String> ledger = new HashSet<>(jdbc.queryForList("select case_no from case_ledger", String.class));
      Set<String> engine = new HashSet<>(jdbc.queryForList(
          "select business_key_ from act_ru_execution where parent_id_ is null and proc_def_key_ = ?", String.class,
          HazardProcess.PROCESS_KEY));
      Set<String> told = new HashSet<>();
      for (Answer a : all) {
        Matcher m = CASE_NO.matcher(a.body());
        if (a.status() == 201 && m.find()) {
          assertThat(told.add(m.group(1))).as("case number given twice: " + m.group(1)).isTrue();
        }
      }
      assertThat(engine).as("every case in the ledger is in the engine, and no more").isEqualTo(ledger);
      assertThat(ledger).containsAll(told);
      CaseRecords caseRecords = server.getBean(CaseRecords.class);
      assertThat(ledger).allSatisfy(caseNo -> assertThat(caseRecords.verify(caseNo).intact()).as(caseNo).isTrue());
      System.out.printf("[outage] %d answers: %d created, %d × 503 (outage %d s); first case %.1f s after the "
              + "database came back%n", all.size(), told.size(), all.stream().filter(a -> a.status() == 503).count(),
          OUTAGE.toSeconds(), recoverySeconds);
    }
  }

  private static long created(Collection<Answer> answers, String sent) {
    return answers.stream().filter(a -> a.sent().equals(sent) && a.status() == 201).count();
  }

  private static long refused(Collection<Answer> answers, String phase) {
    return answers.stream().filter(a -> a.phase().equals(phase) && a.status() == 503).count();
  }

  private static Answer report(Http http, AtomicReference<String> phase) {
    String sent = phase.get();
    try {
      Http.Response response = http.postJson(HANDLER, "/api/hazards", ApiBodies.json(ApiBodies.hazard()),
          "application/json");
      return new Answer(sent, phase.get(), response.status(), response.body());
    } catch (IllegalStateException e) {
      return new Answer(sent, phase.get(), -1, e.toString());
    }
  }
}
