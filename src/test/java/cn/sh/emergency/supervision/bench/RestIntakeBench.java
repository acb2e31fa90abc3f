package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1d: {@code POST /api/hazards} under a closed-loop load generator on loopback (C clients, each sending its next
 * report when the last is answered), city-wide (reports round-robin over the 16 districts), against the engine's
 * own REST start of the bare reference process by the same user in the same run, before and after.
 */
@Tag(Bench.TAG)
class RestIntakeBench {

  private final AtomicInteger keys = new AtomicInteger();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void intakeUnderConcurrentLoad() {
    int clients = Bench.setting("rest.clients", 8);
    int seconds = Bench.setting("rest.seconds", 30);
    TestClock.set(Bench.ENGINE_TIME);
    try (BenchServer server = BenchServer.start("rest", BenchServer.freshDatabase())) {
      BareProcesses.deploy(server.engine(), CaseWork.MAJOR_PATH);
      Http http = new Http(server.port(), PlatformSample.PASSWORD);
      IntFunction<Http.Response> bareStart = i -> http.postJson("city-handler",
          "/engine-rest/process-definition/key/" + BareProcesses.LIFECYCLE + "/start",
          "{\"businessKey\":\"BARE-%d\",\"variables\":{\"district\":{\"value\":\"%s\",\"type\":\"String\"}}}"
              .formatted(keys.incrementAndGet(), Bench.district(i)), "application/json");
      // Each report at a place of its own: a second report of the same hazard would be refused as a duplicate.
      IntFunction<Http.Response> report = i -> http.postJson("city-handler", "/api/hazards", """
          {"district":"%s","street":"南京西路街道","enterpriseName":"上海某化工有限公司","enterpriseUscc":"%s",\
          "sector":"HAZARDOUS_CHEMICALS","source":"INSPECTION","location":"%s","description":"危化品混存"}"""
          .formatted(Bench.district(i), EngineRest.VALID_USCC, UniqueReports.location("3号仓库")),
          "application/json");

      load(clients, Math.max(3, seconds / 6), bareStart);
      load(clients, Math.max(3, seconds / 6), report);
      Load before = load(clients, seconds / 2, bareStart);
      Load intake = load(clients, seconds, report);
      Load after = load(clients, seconds - seconds / 2, bareStart);
      double referenceRate = (before.done + after.done) / (before.seconds + after.seconds);
      Latencies reference = new Latencies();
      before.latencies.forEach(reference::record);
      after.latencies.forEach(reference::record);
      Latencies intakeLatencies = new Latencies();
      intake.latencies.forEach(intakeLatencies::record);

      BenchReport.section(server.jdbc(), "1d. REST intake under load", List.of(
          ("%d concurrent clients on loopback, HTTP/1.1 keep-alive, Basic authentication as city-handler, reports "
              + "round-robin over the 16 districts; %d s of each after a warm-up. Reference: POST "
              + "/engine-rest/process-definition/key/%s/start by the same user, half before and half after.")
              .formatted(clients, seconds, BareProcesses.LIFECYCLE),
          "",
          String.join("\n", BenchReport.table(List.of("", "requests/s", "p50 / p95 / p99 ms", "errors"), List.of(
              List.of("bare process start (engine REST)", "%.1f".formatted(referenceRate), reference.summary(),
                  String.valueOf(before.errors + after.errors)),
              List.of("POST /api/hazards", "%.1f".formatted(intake.done / intake.seconds),
                  intakeLatencies.summary(), String.valueOf(intake.errors))))),
          "",
          "**Throughput ratio intake ÷ bare start: %.2f; p99 ratio: %.2f.**".formatted(
              intake.done / intake.seconds / referenceRate,
              intakeLatencies.percentileMillis(99) / reference.percentileMillis(99))));
      assertThat(intake.errors).as("failed reports").isZero();
    }
  }

  private record Load(int done, int errors, double seconds, List<Long> latencies) {
  }

  /** Every client sends its next request when the last is answered, until the time is up. */
  private static Load load(int clients, int seconds, IntFunction<Http.Response> request) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<Long> latencies = new ArrayList<>();
    double took = Parallel.run(clients, clients, client -> {
      List<Long> mine = new ArrayList<>();
      while (System.nanoTime() < end) {
        long start = System.nanoTime();
        Http.Response response = request.apply(sent.getAndIncrement());
        mine.add(System.nanoTime() - start);
        if (response.status() >= 300) {
          errors.incrementAndGet();
        }
      }
      synchronized (latencies) {
        latencies.addAll(mine);
      }
    });
    return new Load(latencies.size() - errors.get(), errors.get(), took, latencies);
  }
}
