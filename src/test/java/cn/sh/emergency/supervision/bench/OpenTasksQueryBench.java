package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1b and the growth from 10,000 to 100,000 cases: open hazard cases waiting for verification, spread over the 16
 * districts, then Tasklist's 本组待办 page for a jingan handler and the ledger page, over HTTP, against an
 * authenticated trivial call in the same run; and a sample of cases walked through the major path at each size.
 */
@Tag(Bench.TAG)
class OpenTasksQueryBench {

  private static final String ACCEPT_JSON = "application/json";
  private static final String ACCEPT_HAL = "application/hal+json";
  /** What Tasklist posts for the first page of a filter (its default sorting: newest first). */
  private static final String TASKLIST_PAGE = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void queriesAndCaseWorkAtTenThousandAndAHundredThousandOpenCases() {
    Settings settings = new Settings(
        Arrays.stream(System.getProperty("bench.queries.sizes", "10000,100000").split(","))
            .mapToInt(Integer::parseInt).toArray(),
        Bench.setting("queries.seed-threads", 4), Bench.setting("queries.seed-batch", 50),
        Bench.setting("queries.requests", 300), Bench.setting("queries.walked-cases", 30));
    TestClock.set(Bench.ENGINE_TIME);
    try (BenchServer server = BenchServer.start("queries", BenchServer.freshDatabase())) {
      List<List<String>> rows = new ArrayList<>();
      try {
        measure(server, settings, rows);
      } finally {
        // The sizes measured so far are reported even when a larger one fails.
        report(server, settings, rows);
      }
    }
  }

  private record Settings(int[] sizes, int threads, int batch, int requests, int walked) {
  }

  private static void measure(BenchServer server, Settings settings, List<List<String>> rows) {
    CaseWork work = new CaseWork(server.engine(), server.bean(HazardIntake.class));
    TransactionTemplate transaction = new TransactionTemplate(server.bean(PlatformTransactionManager.class));
    Http http = new Http(server.port(), PlatformSample.PASSWORD);
    String groupFilter = server.engine().getFilterService().createTaskFilterQuery().filterName("本组待办")
        .singleResult().getId();
    int batch = settings.batch();
    int open = 0;
    for (int size : settings.sizes()) {
      int start = open;
      int batches = (size - start + batch - 1) / batch;
      double seconds = Parallel.run(settings.threads(), batches, b -> transaction.executeWithoutResult(status -> {
        // Every batch reports in one district, so that concurrent batches do not wait for each other's numbers.
        String district = Bench.district(start / batch + b);
        for (int i = b * batch; i < Math.min((b + 1) * batch, size - start); i++) {
          work.report("city-handler", district);
        }
      }));
      open = size;
      long tasks = server.engine().getTaskService().createTaskQuery()
          .taskDefinitionKey(HazardProcess.USER_TASK_VERIFY_HAZARD).count();
      assertThat(tasks).as("cases waiting for verification").isEqualTo(size);
      server.jdbc().execute("analyze");

      Latencies reference = new Latencies();
      Latencies tasklist = new Latencies();
      Latencies ledger = new Latencies();
      for (int i = -settings.requests() / 10; i < settings.requests(); i++) {
        boolean measured = i >= 0;
        Latencies.timeOk(measured ? reference : null,
            () -> http.get("jingan-handler", "/engine-rest/version", ACCEPT_JSON));
        Latencies.timeOk(measured ? tasklist : null, () -> http.postJson("jingan-handler",
            "/engine-rest/filter/" + groupFilter + "/list?firstResult=0&maxResults=15", TASKLIST_PAGE, ACCEPT_HAL));
        Latencies.timeOk(measured ? ledger : null, () -> http.get("jingan-handler",
            "/api/cases?district=jingan&closed=false&page=0&size=20", ACCEPT_JSON));
      }
      String count = http.postJson("jingan-handler", "/engine-rest/filter/" + groupFilter + "/count", "{}",
          ACCEPT_JSON).body();

      Latencies steps = new Latencies();
      for (int c = 0; c < settings.walked(); c++) {
        String caseNo = work.report("jingan-handler", "jingan");
        for (CaseWork.Step step : CaseWork.MAJOR_PATH) {
          steps.time(() -> {
            work.take(caseNo, step);
            return null;
          });
        }
      }
      String databaseSize = server.jdbc().queryForObject(
          "select pg_size_pretty(pg_database_size(current_database()))", String.class);
      rows.add(List.of("%,d".formatted(size), "%,d".formatted(tasks), count.replaceAll("\\D", ""),
          "%.0f".formatted((size - start) / seconds), reference.summary(), tasklist.summary(),
          "%.1f".formatted(tasklist.percentileMillis(95) / reference.percentileMillis(95)), ledger.summary(),
          "%.1f".formatted(ledger.percentileMillis(95) / reference.percentileMillis(95)), steps.summary(),
          databaseSize));
    }
  }

  private static void report(BenchServer server, Settings settings, List<List<String>> rows) {
    BenchReport.section(server.jdbc(), "1b. Task and ledger queries with many open cases", List.of(
        ("Open hazard cases waiting for verification, spread over %d districts (reported by a city handler in "
            + "batches of %d per transaction, %d threads). Each query %d times over HTTP as jingan-handler, "
            + "interleaved with the reference (GET /engine-rest/version, authenticated). Times in ms as p50 / p95 / "
            + "p99. Targets: 本组待办 p95 ≤ 100 ms, ledger p95 ≤ 50 ms.")
            .formatted(Bench.DISTRICTS.size(), settings.batch(), settings.threads(), settings.requests()),
        "",
        String.join("\n", BenchReport.table(List.of("open cases", "open tasks", "jingan 本组待办",
                "reports/s seeding", "reference", "本组待办 page", "÷ ref p95", "ledger page", "÷ ref p95",
                "major-path step (" + settings.walked() + " cases)", "database"), rows))));
  }
}
