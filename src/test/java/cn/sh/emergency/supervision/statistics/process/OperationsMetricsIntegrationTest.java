package cn.sh.emergency.supervision.statistics.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /actuator/prometheus} is for administrators, and shows the gauges an operator watches with the ledger's and
 * the engine's own counts.
 */
@PostgresIntegrationTest
class OperationsMetricsIntegrationTest {

  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  OperationsMetrics metrics;
  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void administratorsSeeOpenAndOverdueCasesTheJobBacklogAndIncidents() {
    new HazardSteps(intake, taskService, identityService).report("jingan-handler", "南京西路街道",
        "HAZARDOUS_CHEMICALS");
    metrics.refresh();
    EngineRest rest = new EngineRest(restTemplate);

    assertThat(restTemplate.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.as("jingan-leader").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> scrape = rest.as("admin").getForEntity("/actuator/prometheus", String.class);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);

    long openHazards = jdbc.queryForObject("select count(*) from case_ledger where closed_at is null and lifecycle = ?",
        Long.class, HazardProcess.PROCESS_KEY);
    assertThat(gauge(scrape.getBody(), "supervision_cases_open\\{lifecycle=\"" + HazardProcess.PROCESS_KEY + "\""))
        .isEqualTo(openHazards).isPositive();
    assertThat(gauge(scrape.getBody(), "supervision_cases_overdue\\{lifecycle=\"" + HazardProcess.PROCESS_KEY + "\""))
        .isEqualTo(jdbc.queryForObject("select count(*) from case_ledger where closed_at is null and overdue "
            + "and lifecycle = ?", Long.class, HazardProcess.PROCESS_KEY));
    assertThat(scrape.getBody()).contains("supervision_deadlines_provisional", "supervision_jobs_due",
        "supervision_incidents_open");
  }

  private static long gauge(String scrape, String name) {
    Matcher value = Pattern.compile("(?m)^" + name + "[^}]*} ([0-9.E+-]+)$").matcher(scrape);
    assertThat(value.find()).as(name + " in\n" + scrape).isTrue();
    return (long) Double.parseDouble(value.group(1));
  }
}
