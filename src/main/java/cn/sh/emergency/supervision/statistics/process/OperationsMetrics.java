package cn.sh.emergency.supervision.statistics.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an operator watches, as gauges on {@code /actuator/prometheus}: open and overdue cases per lifecycle, open
 * cases whose deadline is provisional (a year without the State Council's notice), timers and jobs due but not yet
 * executed (the job executor's backlog) and open incidents. Counted every
 * {@code supervision.metrics.refresh} (30 s) rather than on each scrape, so a scrape never queries the database.
 */
@Component
class OperationsMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final MultiGauge open;
  private final MultiGauge overdue;
  private volatile long provisional;
  private volatile long jobsDue;
  private volatile long incidents;

  OperationsMetrics(MeterRegistry registry, JdbcTemplate jdbc, ManagementService management, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.management = management;
    this.runtime = runtime;
    this.open = MultiGauge.builder("supervision.cases.open").description("在办案件数（按生命周期）").register(registry);
    this.overdue = MultiGauge.builder("supervision.cases.overdue").description("在办且已逾期的案件数（按生命周期）")
        .register(registry);
    Gauge.builder("supervision.deadlines.provisional", this, m -> m.provisional)
        .description("期限为暂定（当年放假安排尚未公布）的在办案件数").register(registry);
    Gauge.builder("supervision.jobs.due", this, m -> m.jobsDue)
        .description("已到期尚未执行的定时器和作业数（作业积压）").register(registry);
    Gauge.builder("supervision.incidents.open", this, m -> m.incidents)
        .description("未解决的流程事件（incident）数").register(registry);
  }

  @Scheduled(initialDelayString = "${supervision.metrics.refresh}", fixedDelayString = "${supervision.metrics.refresh}")
  public void refresh() {
    try {
      Map<String, long[]> cases = new TreeMap<>();
      jdbc.query("select lifecycle, count(*), count(*) filter (where overdue), "
              + "count(*) filter (where deadline_provisional) from case_ledger where closed_at is null group by lifecycle",
          row -> {
            cases.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3), row.getLong(4)});
          });
      List<MultiGauge.Row<?>> openRows = new ArrayList<>();
      List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
      cases.forEach((lifecycle, counts) -> {
        openRows.add(MultiGauge.Row.of(Tags.of("lifecycle", lifecycle), counts[0]));
        overdueRows.add(MultiGauge.Row.of(Tags.of("lifecycle", lifecycle), counts[1]));
      });
      open.register(openRows, true);
      overdue.register(overdueRows, true);
      provisional = cases.values().stream().mapToLong(counts -> counts[2]).sum();
      jobsDue = management.createJobQuery().executable().count();
      incidents = runtime.createIncidentQuery().count();
    } catch (DataAccessException | ProcessEngineException e) {
      // The last counts stay; the database's own health indicator tells the operator why.
      LOG.warn("Operations metrics not refreshed: {}", e.getMessage());
    }
  }
}
