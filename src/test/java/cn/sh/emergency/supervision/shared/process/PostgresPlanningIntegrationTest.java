package cn.sh.emergency.supervision.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the task and ledger queries rely on in PostgreSQL to run fast with many open cases. */
@PostgresIntegrationTest
class PostgresPlanningIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void statementsAreNotJitCompiled() {
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }

  @Test
  void authorizationChecksUseTheUsersGroupsWithoutLookingUpAllGrantedGroups() {
    assertThat(engineConfiguration.getSessionFactories().get(AuthorizationManager.class))
        .isInstanceOf(AuthorizationGroupsAsGiven.Factory.class);
    assertThat(new AuthorizationGroupsAsGiven.GroupsAsGiven()
        .filterAuthenticatedGroupIds(List.of("case-handlers", "leaders", "case-handlers")))
        .containsExactly("case-handlers", "leaders");
  }

  @Test
  void authorizationPermissionsHaveStatistics() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        "act_ru_authorization_perms")).isEqualTo(1);
  }

  @Test
  void taskQueriesArePlannedForTheirValuesAndOtherStatementsAreNot() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    String withoutTaskQuery = transaction.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
    String afterTaskQuery = transaction.execute(status -> {
      taskService.createTaskQuery().taskCandidateGroup("case-handlers").count();
      return jdbc.queryForObject("show plan_cache_mode", String.class);
    });
    assertThat(withoutTaskQuery).isEqualTo("auto");
    assertThat(afterTaskQuery).isEqualTo("force_custom_plan");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).as("after the transaction").isEqualTo("auto");
  }

  @Test
  void tasklistFiltersArePlannedForTheirValues() {
    String groupFilter = filterService.createTaskFilterQuery().filterName("本组待办").singleResult().getId();
    identityService.setAuthentication("jingan-handler", List.of("case-handlers"), List.of("jingan"));
    String afterFilter;
    try {
      afterFilter = new TransactionTemplate(transactionManager).execute(status -> {
        filterService.listPage(groupFilter, 0, 15);
        return jdbc.queryForObject("show plan_cache_mode", String.class);
      });
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(afterFilter).isEqualTo("force_custom_plan");
  }
}
