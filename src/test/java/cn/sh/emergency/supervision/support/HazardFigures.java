package cn.sh.emergency.supervision.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.statistics.KpiCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district's yearly hazard figures driven through the hazard lifecycle itself — report, verification, acceptance,
 * each a real engine command with its listeners and delegates — in a street of their own, so that other cases do not
 * count: the first {@code rectified} hazards are fixed on the spot and accepted, the rest of {@code found} wait for
 * their rectification deadline, and {@code unfounded} reports are closed as 不属实. Batches of cases share one
 * transaction and run on a few workers.
 *
 * @param found     hazards found (verified as real)
 * @param rectified of them, rectified and accepted
 * @param unfounded reports closed as unfounded (not counted as found)
 */
public record HazardFigures(int found, int rectified, int unfounded) {

  /** Jing'an district's 2022 hazard figures: 8,032 found, 7,809 rectified, 隐患整改率 97.2 %. */
  public static final HazardFigures JINGAN_2022 = new HazardFigures(8032, 7809, 15);

  private static final String HANDLER = "jingan-handler";
  private static final int BATCH = 10;
  private static final int WORKERS = 2;

  /** The same figures at {@code 1/divisor} of the scale (rounded), their rate the same to one decimal. */
  public HazardFigures scaledDown(int divisor) {
    return new HazardFigures(Math.round((float) found / divisor), Math.round((float) rectified / divisor), unfounded);
  }

  /** Drives every case through the lifecycle; returns the street they were reported in. */
  public String drive(HazardSteps hazards, TransactionTemplate transactions)
      throws InterruptedException, ExecutionException {
    String street = "江宁路街道-" + UUID.randomUUID().toString().substring(0, 8);
    int total = found + unfounded;
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int i = 0; i < total; i += BATCH) {
        int first = i;
        int last = Math.min(i + BATCH, total);
        batches.add(workers.submit(() -> transactions.executeWithoutResult(status -> {
          for (int n = first; n < last; n++) {
            walk(hazards, street, n);
          }
        })));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      workers.shutdownNow();
    }
    return street;
  }

  /**
   * The KPIs ({@code GET /api/kpis} of the street) these figures must give: 隐患整改率 rectified ÷ found (97.2 % for
   * Jing'an's), found, all rectified on time, none of the open ones overdue yet.
   */
  public void assertKpis(Map<String, Object> report, double rectificationRate) {
    Map<String, Object> rate = kpi(report, KpiCodes.HAZARD_RECTIFICATION_RATE);
    assertThat(rate.get("numerator")).isEqualTo(rectified);
    assertThat(rate.get("denominator")).isEqualTo(found);
    assertThat(rate.get("value")).isEqualTo(rectificationRate);
    assertThat(kpi(report, KpiCodes.HAZARDS_FOUND).get("value")).isEqualTo(found);
    assertThat(kpi(report, KpiCodes.HAZARD_ON_TIME_RATE).get("value")).isEqualTo(100.0);
    assertThat(kpi(report, KpiCodes.OPEN_OVERDUE_HAZARDS)).containsEntry("numerator", 0)
        .containsEntry("denominator", found - rectified);
  }

  /** One KPI of a {@code GET /api/kpis} answer, by its code. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> kpi(Map<String, Object> report, String code) {
    return ((List<Map<String, Object>>) report.get("kpis")).stream().filter(k -> code.equals(k.get("code")))
        .findFirst().orElseThrow();
  }

  private void walk(HazardSteps hazards, String street, int n) {
    String caseNo = hazards.report(HANDLER, street, "INDUSTRY_TRADE");
    if (n < rectified) {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL,
          HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "现场整改照片"));
      hazards.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, HANDLER, Map.of(Var.ACCEPTANCE,
          Code.PASSED, CommonVariables.OPINION, "复查合格"));
    } else if (n < found) {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL,
          HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false, Var.RECTIFICATION_DEADLINE, "2026-03-31"));
    } else {
      hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, HANDLER, Map.of(Var.HAZARD_LEVEL,
          HazardLevel.UNFOUNDED.code(), Var.UNFOUNDED_REASON, "现场核查无此情况"));
    }
  }
}
