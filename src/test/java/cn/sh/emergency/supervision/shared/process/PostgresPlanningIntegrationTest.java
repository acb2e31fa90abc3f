package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the task and ledger queries rely on in PostgreSQL to be planned well with many open cases. */
@PostgresIntegrationTest
class PostgresPlanningIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void authorizationPermissionsHaveStatistics() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        "act_ru_authorization_perms")).isEqualTo(1);
  }

  @Test
  void everyPooledConnectionPlansStatementsForTheirValues() {
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
  }
}
