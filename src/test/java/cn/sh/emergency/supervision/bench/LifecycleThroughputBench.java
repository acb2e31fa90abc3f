package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.TestClock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1a: hazard cases driven from report to closure on the major path by T threads, against the same number of
 * claim-and-submit steps on the bare reference process of the same engine. Reports steps per second of both and
 * their ratio (target ≥ 0.6), and checks every measured case closed as rectified with an intact record chain.
 */
@Tag(Bench.TAG)
class LifecycleThroughputBench {

  private final AtomicInteger bareKeys = new AtomicInteger();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void hazardLifecycleAgainstTheBareEngine() {
    int cases = Bench.setting("lifecycle.cases", 300);
    int threads = Bench.setting("lifecycle.threads", 4);
    int warmUp = Bench.setting("lifecycle.warmup", 40);
    int steps = CaseWork.MAJOR_PATH.size();
    TestClock.set(Bench.ENGINE_TIME);
    try (BenchServer server = BenchServer.start("lifecycle", BenchServer.freshDatabase())) {
      CaseWork work = new CaseWork(server.engine(), server.bean(HazardIntake.class));
      BareProcesses.deploy(server.engine(), CaseWork.MAJOR_PATH);
      Latencies bareSteps = new Latencies();
      Latencies hazardSteps = new Latencies();
      String[] caseNos = new String[cases];

      Parallel.run(threads, warmUp, i -> bareCase(work, new Latencies()));
      Parallel.run(threads, warmUp, i -> hazardCase(work, new Latencies()));
      // Reference before and after, so that drift of the machine during the run shows and is averaged out.
      double bareBefore = Parallel.run(threads, cases / 2, i -> bareCase(work, bareSteps));
      double hazard = Parallel.run(threads, cases, i -> caseNos[i] = hazardCase(work, hazardSteps));
      double bareAfter = Parallel.run(threads, cases - cases / 2, i -> bareCase(work, bareSteps));

      double bareRate = cases * steps / (bareBefore + bareAfter);
      double hazardRate = cases * steps / hazard;
      double ratio = hazardRate / bareRate;

      CaseFile caseFile = server.bean(CaseFile.class);
      CaseRecords caseRecords = server.bean(CaseRecords.class);
      for (String caseNo : caseNos) {
        assertThat(caseFile.find(caseNo)).get().satisfies(c -> assertThat(c.closedAt()).isNotNull());
        assertThat(caseRecords.verify(caseNo).intact()).as("record chain of %s", caseNo).isTrue();
      }
      Integer rectified = server.jdbc().queryForObject("select count(*) from case_ledger where lifecycle = ? "
          + "and outcome = ?", Integer.class, HazardProcess.PROCESS_KEY, HazardProcess.Outcome.RECTIFIED);

      BenchReport.section(server.jdbc(), "1a. Lifecycle throughput (major hazard path)", List.of(
          "%d cases × %d claim-and-submit steps (plus the report or start), %d threads, after %d warm-up cases of each."
              .formatted(cases, steps, threads, warmUp),
          "",
          String.join("\n", BenchReport.table(List.of("", "steps/s", "step p50 / p95 / p99 ms"), List.of(
              List.of("bare reference process", "%.1f".formatted(bareRate), bareSteps.summary()),
              List.of("hazard lifecycle", "%.1f".formatted(hazardRate), hazardSteps.summary())))),
          "",
          "**Ratio hazard ÷ bare: %.2f** (target ≥ 0.6: %s). Reference runs: %.1f and %.1f steps/s."
              .formatted(ratio, ratio >= 0.6 ? "met" : "NOT met", cases / 2 * steps / bareBefore,
                  (cases - cases / 2) * steps / bareAfter),
          "Checked: all %d measured cases closed, %d hazard cases rectified in the ledger (warm-up included), every record chain intact."
              .formatted(cases, rectified)));
    }
  }

  private String hazardCase(CaseWork work, Latencies steps) {
    String caseNo = work.report("jingan-handler", "jingan");
    for (CaseWork.Step step : CaseWork.MAJOR_PATH) {
      steps.time(() -> {
        work.take(caseNo, step);
        return null;
      });
    }
    return caseNo;
  }

  private void bareCase(CaseWork work, Latencies steps) {
    String key = "BARE-" + bareKeys.incrementAndGet();
    work.start("jingan-handler", BareProcesses.LIFECYCLE, key, "jingan");
    for (CaseWork.Step step : CaseWork.MAJOR_PATH) {
      steps.time(() -> {
        work.take(key, step);
        return null;
      });
    }
  }
}
