package cn.sh.emergency.supervision.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database of the integration tests: {@code SUPERVISION_TEST_DB_URL} (default
 * {@code jdbc:postgresql://localhost:5432/supervision_test}, user {@code postgres}, no password). It is dropped and
 * created afresh once per test run, so every run starts from an empty engine; only databases whose name ends in
 * {@code _test} are ever dropped.
 */
public final class PostgresTestDatabase {

  public static final String URL = env("SUPERVISION_TEST_DB_URL", "jdbc:postgresql://localhost:5432/supervision_test");
  public static final String USER = env("SUPERVISION_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("SUPERVISION_TEST_DB_PASSWORD", "");
  public static final boolean REQUIRED = Boolean.parseBoolean(env("SUPERVISION_REQUIRE_POSTGRES", "false"));

  private static volatile String unavailableReason;
  private static volatile boolean prepared;

  private PostgresTestDatabase() {
  }

  /** Null when the database is ready, otherwise why it is not. */
  public static synchronized String prepare() {
    if (prepared) {
      return unavailableReason;
    }
    prepared = true;
    try {
      recreate(URL);
    } catch (SQLException e) {
      unavailableReason = "PostgreSQL is not reachable at " + maintenanceUrl(URL) + " as " + USER + ": "
          + e.getMessage();
    }
    return unavailableReason;
  }

  /**
   * The URL of another database beside the test database (same server and user), e.g. the benchmarks' own.
   */
  public static String sibling(String name) {
    return URL.substring(0, URL.lastIndexOf('/') + 1) + name;
  }

  /** Drops (only names ending in {@code _test} or {@code _bench}) and creates the database of the URL. */
  public static void recreate(String url) throws SQLException {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = url.substring(slash + 1, query < 0 ? url.length() : query);
    try (Connection c = DriverManager.getConnection(maintenanceUrl(url), USER, PASSWORD);
         Statement s = c.createStatement()) {
      if (name.endsWith("_test") || name.endsWith("_bench")) {
        s.execute("drop database if exists " + name + " with (force)");
      }
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
        if (!rs.next()) {
          s.execute("create database " + name);
        }
      }
    }
  }

  private static String maintenanceUrl(String url) {
    return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
