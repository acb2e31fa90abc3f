package cn.sh.emergency.supervision.statistics;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jing'an's 2022 hazard figures (8,032 hazards found, 7,809 rectified: 隐患整改率 97.2 %) built through the hazard
 * lifecycle itself — report, verification, acceptance, each a real engine command with its listeners and delegates —
 * and read back from {@code GET /api/kpis}. The figures are replayed in 2026, a year the deadline calendar holds, in
 * a street of their own so that other tests' cases do not count.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class JinganHazardFiguresIntegrationTest {

  static final int FOUND = Integer.getInteger("kpi.found", 8032);
  static final int RECTIFIED = Integer.getInteger("kpi.rectified", 7809);
  static final int UNFOUNDED = 15;
  static final String HANDLER = "jingan-handler";
  static final int BATCH = Integer.getInteger("kpi.batch", 10);
  static final int WORKERS = Integer.getInteger("kpi.workers", 2);

  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  TestRestTemplate restTemplate;

  @Test
  void rectificationRateOfJingan2022Is97Point2Percent() throws Exception {
    String street = "江宁路街道-" + UUID.randomUUID().toString().substring(0, 8);
    long started = System.nanoTime();
    int total = FOUND + UNFOUNDED;
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int i = 0; i < total; i += BATCH) {
        int first = i;
        int last = Math.min(i + BATCH, total);
        batches.add(workers.submit(() -> walkBatch(street, first, last)));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      workers.shutdownNow();
    }
    System.out.printf("[kpi] %d hazard cases through the lifecycle in %.1f s%n", total,
        (System.nanoTime() - started) / 1e9);

    Map<String, Object> report = new EngineRest(restTemplate).getMap("jingan-leader",
        "/api/kpis?district=jingan&street=" + street + "&from=2026-01-01&to=2026-12-31").getBody();
    Map<String, Object> rate = kpi(report, KpiCodes.HAZARD_RECTIFICATION_RATE);
    assertThat(rate.get("numerator")).isEqualTo(RECTIFIED);
    assertThat(rate.get("denominator")).isEqualTo(FOUND);
    assertThat(rate.get("value")).isEqualTo(97.2);
    assertThat(kpi(report, KpiCodes.HAZARDS_FOUND).get("value")).isEqualTo(FOUND);
    assertThat(kpi(report, KpiCodes.HAZARD_ON_TIME_RATE).get("value")).isEqualTo(100.0);
    assertThat(kpi(report, KpiCodes.OPEN_OVERDUE_HAZARDS)).containsEntry("numerator", 0)
        .containsEntry("denominator", FOUND - RECTIFIED);
  }

  /** Cases first..last-1 in one transaction. */
  private void walkBatch(String street, int first, int last) {
    HazardSteps hazards = new HazardSteps(intake, taskService, identityService);
    transactions.executeWithoutResult(status -> {
      for (int n = first; n < last; n++) {
        walk(hazards, street, n);
      }
    });
  }

  /** Hazard n: the first ones rectified on the spot and accepted, then the open ones, then unfounded reports. */
  private static void walk(HazardSteps hazards, String street, int n) {
    String caseNo = hazards.report(HANDLER, street, "INDUSTRY_TRADE");
    if (n < RECTIFIED) {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL, Code.GENERAL,
          Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "现场整改照片"));
      hazards.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, HANDLER, Map.of(Var.ACCEPTANCE,
          Code.PASSED, CommonVariables.OPINION, "复查合格"));
    } else if (n < FOUND) {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL, Code.GENERAL,
          Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-03-31"));
    } else {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL,
          Code.UNFOUNDED, Var.UNFOUNDED_REASON, "现场核查无此情况"));
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> kpi(Map<String, Object> report, String code) {
    return ((List<Map<String, Object>>) report.get("kpis")).stream().filter(k -> code.equals(k.get("code")))
        .findFirst().orElseThrow();
  }
}
