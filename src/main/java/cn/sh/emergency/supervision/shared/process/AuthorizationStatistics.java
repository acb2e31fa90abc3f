package cn.sh.emergency.supervision.shared.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Statistics that PostgreSQL needs to plan task queries under authorization. Those queries join each task with the
 * authorizations of the user and their groups, and the engine grants every candidate group on every open task, so
 * the authorizations grow with the open tasks. Without statistics on the permission test ({@code perms_ & 2 = 2},
 * READ on a task; {@code perms_ & 64 = 64}, READ_TASK on a definition) PostgreSQL estimates it at 0.5 % of the rows
 * and compares every task with every authorization: with 10,000 open tasks a district's 本组待办 page took 990 ms
 * instead of 25 ms (docs/PERFORMANCE.md). Created once, kept current by autovacuum's analyze.
 */
@Component
class AuthorizationStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  private final JdbcTemplate jdbc;

  AuthorizationStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createOnPostgres() {
    String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    if (!"PostgreSQL".equals(database)) {
      return;
    }
    try {
      jdbc.execute("create statistics if not exists act_ru_authorization_perms "
          + "on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
      jdbc.execute("analyze act_ru_authorization");
    } catch (DataAccessException e) {
      // PostgreSQL before 14 has no statistics on expressions; task queries then stay slow with many open tasks.
      LOG.warn("Statistics for authorization checks not created: {}", e.getMessage());
    }
  }
}
