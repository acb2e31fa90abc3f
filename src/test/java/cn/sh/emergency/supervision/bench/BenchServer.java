package cn.sh.emergency.supervision.bench;

import cn.sh.emergency.supervision.support.PostgresTestDatabase;
import cn.sh.emergency.supervision.support.StandaloneServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One node of the application as production runs it (PostgreSQL profile, job executor on), with the demo users so
 * that the benchmark can act as them. Every node of a benchmark shares the database {@code supervision_bench}.
 */
final class BenchServer implements AutoCloseable {

  static final String DATABASE = "supervision_bench";

  private final ConfigurableApplicationContext context;

  private BenchServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Drops and creates the benchmarks' database; returns its URL. */
  static String freshDatabase() {
    String url = PostgresTestDatabase.sibling(DATABASE);
    try {
      PostgresTestDatabase.recreate(url);
    } catch (SQLException e) {
      throw new IllegalStateException("the benchmarks need PostgreSQL: " + e.getMessage(), e);
    }
    return url;
  }

  /**
   * Starts a node; its name is the engine's host name (in the job log and metrics). Properties ({@code name=value})
   * override the application's.
   */
  static BenchServer start(String node, String databaseUrl, String... properties) {
    List<String> all = new ArrayList<>(List.of(
        "spring.datasource.username=" + PostgresTestDatabase.USER,
        "spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.generic-properties.properties.hostname=" + node,
        "supervision.evidence.directory=target/bench/evidence",
        "logging.level.root=warn"));
    all.addAll(List.of(properties));
    // -Dbench.node-properties=name=value;name=value: settings to try on every node (before/after a tuning).
    String trial = System.getProperty("bench.node-properties", "");
    if (!trial.isBlank()) {
      all.addAll(List.of(trial.split(";")));
    }
    // Every node's engine is "default", the one the REST API and the webapps serve, as on separate machines.
    return new BenchServer(StandaloneServer.start("default", databaseUrl, "postgres,dev",
        all.toArray(String[]::new)));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  ProcessEngine engine() {
    return bean(ProcessEngine.class);
  }

  JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  int port() {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Override
  public void close() {
    context.close();
  }
}
