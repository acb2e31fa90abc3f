package cn.sh.emergency.supervision.bench;

import cn.sh.emergency.supervision.casefile.LedgerSeeder;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.PlatformSample;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1f: the statistics at district scale. 100,000 ledger rows of a year (seeded straight into the ledger, spread over
 * the districts and lifecycles), then the KPI calls and the ledger page, each timed over HTTP interleaved with the
 * reference (an authenticated trivial call: a deadline computation), as ratios of p95 to the reference's p95.
 * Targets: KPI p95 ≤ 200 ms, ledger page p95 ≤ 50 ms on an idle machine. The build's
 * {@code LedgerScaleIntegrationTest} checks that the same calls answer at that scale, without timing them.
 */
@Tag(Bench.TAG)
class LedgerScaleBench {

  private static final String PERIOD = "from=2025-01-01&to=2025-12-31";
  private static final String JSON = "application/json";

  @Test
  void kpisAndTheLedgerPageAt100000Cases() throws Exception {
    int cases = Bench.setting("ledger.cases", 100_000);
    int calls = Bench.setting("ledger.calls", 50);
    try (BenchServer server = BenchServer.start("ledger", BenchServer.freshDatabase())) {
      try (Connection connection = server.bean(DataSource.class).getConnection()) {
        LedgerSeeder.seed(connection, cases, 2025, 20_260_101L);
      }
      server.jdbc().execute("analyze case_ledger");
      Http http = new Http(server.port(), PlatformSample.PASSWORD);
      Map<String, String[]> endpoints = new LinkedHashMap<>();
      endpoints.put("KPI, city (all districts)", new String[] {"city-leader", "/api/kpis?" + PERIOD});
      endpoints.put("KPI, jingan", new String[] {"jingan-leader", "/api/kpis?" + PERIOD});
      endpoints.put("trend, city", new String[] {"city-leader", "/api/kpis/trend?" + PERIOD});
      endpoints.put("breakdown by district, city",
          new String[] {"city-leader", "/api/kpis/breakdown?by=district&" + PERIOD});
      endpoints.put("ledger page, admin", new String[] {"admin", "/api/cases?page=0&size=20"});
      endpoints.put("ledger page, jingan", new String[] {"jingan-handler", "/api/cases?page=0&size=20"});
      endpoints.put("ledger page, jingan open overdue hazards", new String[] {"jingan-leader",
          "/api/cases?lifecycle=hazard-closed-loop&overdue=true&closed=false&page=0&size=20"});
      String[] reference = {"admin", "/api/calendar/deadline?from=2026-03-02&workingDays=5"};

      List<List<String>> rows = new ArrayList<>();
      for (Map.Entry<String, String[]> call : endpoints.entrySet()) {
        Latencies measured = new Latencies();
        Latencies referenceTimes = new Latencies();
        for (int i = 0; i < calls + 10; i++) {
          boolean warm = i >= 10;
          Latencies.timeOk(warm ? referenceTimes : null, () -> http.get(reference[0], reference[1], JSON));
          Latencies.timeOk(warm ? measured : null, () -> http.get(call.getValue()[0], call.getValue()[1], JSON));
        }
        rows.add(List.of(call.getKey(), referenceTimes.summary(), measured.summary(),
            "%.1f".formatted(measured.percentileMillis(95) / referenceTimes.percentileMillis(95))));
      }
      BenchReport.section(server.jdbc(), "1f. Statistics and the ledger at district scale", List.of(
          ("%,d ledger rows of 2025. Each call %d times over HTTP after 10 warm-up calls, interleaved with the "
              + "reference (GET /api/calendar/deadline, authenticated). Times in ms as p50 / p95 / p99. Targets: "
              + "KPI p95 ≤ 200 ms, ledger page p95 ≤ 50 ms.").formatted(cases, calls),
          "",
          String.join("\n", BenchReport.table(List.of("call", "reference", "call", "p95 ÷ reference p95"), rows))));
    }
  }
}
