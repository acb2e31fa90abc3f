package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardFigures;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jing'an's 2022 hazard figures (8,032 hazards found, 7,809 rectified: 隐患整改率 97.2 %) at one eighth of their
 * scale — 1,004 found, 976 rectified, the same 97.2 % — built through the hazard lifecycle itself and read back from
 * {@code GET /api/kpis}. The figures are replayed in 2026, a year the deadline calendar holds. The full scale is
 * {@code DistrictScaleBench} of the benchmarks ({@code ./mvnw -Pbench verify}).
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
class JinganHazardFiguresIntegrationTest {

  static final HazardFigures FIGURES = HazardFigures.JINGAN_2022.scaledDown(8);

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
    String street = FIGURES.drive(new HazardSteps(intake, taskService, identityService), transactions);

    Map<String, Object> report = new EngineRest(restTemplate).getMap("jingan-leader",
        "/api/kpis?district=jingan&street=" + street + "&from=2026-01-01&to=2026-12-31").getBody();
    FIGURES.assertKpis(report, 97.2);
  }
}
