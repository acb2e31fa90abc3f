package cn.sh.emergency.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.HazardFigures;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.Http;
import cn.sh.emergency.supervision.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1e: a district's year at full scale. Jing'an's 2022 hazard figures (8,032 found, 7,809 rectified, 15 unfounded)
 * driven through the hazard lifecycle, about 24,000 engine commands, against the same figures at one eighth of the
 * scale measured first in the same run: the ratio of the time per case (target ≤ 1.5: the lifecycle does not slow
 * down as a district's cases pile up). Both must give 隐患整改率 97.2 % on {@code GET /api/kpis}; the build's
 * {@code JinganHazardFiguresIntegrationTest} checks the eighth only.
 */
@Tag(Bench.TAG)
class DistrictScaleBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void jinganHazardFiguresOf2022AtFullScale() throws Exception {
    int divisor = Bench.setting("district.divisor", 8);
    HazardFigures full = HazardFigures.JINGAN_2022;
    HazardFigures part = full.scaledDown(divisor);
    TestClock.set(Bench.ENGINE_TIME);
    try (BenchServer server = BenchServer.start("district", BenchServer.freshDatabase())) {
      HazardSteps hazards = new HazardSteps(server.bean(HazardIntake.class), server.bean(TaskService.class),
          server.bean(IdentityService.class));
      TransactionTemplate transactions = server.bean(TransactionTemplate.class);
      Http http = new Http(server.port(), "demo");

      long started = System.nanoTime();
      String partStreet = part.drive(hazards, transactions);
      double partSeconds = (System.nanoTime() - started) / 1e9;
      started = System.nanoTime();
      String fullStreet = full.drive(hazards, transactions);
      double fullSeconds = (System.nanoTime() - started) / 1e9;

      part.assertKpis(kpis(http, partStreet), 97.2);
      full.assertKpis(kpis(http, fullStreet), 97.2);
      int partCases = part.found() + part.unfounded();
      int fullCases = full.found() + full.unfounded();
      double ratio = (fullSeconds / fullCases) / (partSeconds / partCases);

      BenchReport.section(server.jdbc(), "1e. A district's year at full scale (Jing'an 2022 hazard figures)", List.of(
          String.join("\n", BenchReport.table(List.of("", "cases", "seconds", "cases/s"), List.of(
              List.of("1/" + divisor + " scale (reference)", String.valueOf(partCases), "%.1f".formatted(partSeconds),
                  "%.1f".formatted(partCases / partSeconds)),
              List.of("full scale", String.valueOf(fullCases), "%.1f".formatted(fullSeconds),
                  "%.1f".formatted(fullCases / fullSeconds))))),
          "",
          "**Ratio of the time per case, full ÷ reference: %.2f** (target ≤ 1.5: %s)."
              .formatted(ratio, ratio <= 1.5 ? "met" : "NOT met"),
          "Checked: 隐患整改率 97.2 %% at both scales (%d ÷ %d and %d ÷ %d), all rectified on time, none overdue."
              .formatted(part.rectified(), part.found(), full.rectified(), full.found())));
    }
  }

  private static Map<String, Object> kpis(Http http, String street) throws Exception {
    Http.Response response = http.get("jingan-leader", "/api/kpis?district=jingan&street="
        + URLEncoder.encode(street, StandardCharsets.UTF_8)
        + "&from=2026-01-01&to=2026-12-31", "application/json");
    assertThat(response.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> report = JSON.readValue(response.body(), Map.class);
    return report;
  }
}
