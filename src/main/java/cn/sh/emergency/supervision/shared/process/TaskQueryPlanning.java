package cn.sh.emergency.supervision.shared.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Task queries ({@code /engine-rest/task}) and filter executions (Tasklist's 本组待办 and the other saved filters)
 * are planned by PostgreSQL for their values. Once
 * pgJDBC has prepared a statement on the server, PostgreSQL may switch to a generic plan, which knows nothing of the
 * permission bits the authorization check tests and compares every task with every authorization again (see
 * {@link AuthorizationStatistics}). Only task queries pay for planning each time: planning every statement of the
 * engine cost 31 % of the lifecycle's throughput (docs/PERFORMANCE.md).
 */
@Component
class TaskQueryPlanning extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType()) && configuration.getDatabaseType() != null) {
      return;
    }
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new CustomPlans(configuration));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Sets custom plans for the rest of the transaction before a task query runs. */
  static final class CustomPlans extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    CustomPlans(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (isQuery(command) && "postgres".equals(configuration.getDatabaseType())) {
        DataSource dataSource = configuration.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
          statement.execute("set local plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
          throw new IllegalStateException("plan_cache_mode for a task query: " + e.getMessage(), e);
        } finally {
          DataSourceUtils.releaseConnection(connection, dataSource);
        }
      }
      return next.execute(command);
    }

    /** A task query run directly, or a saved filter (a stored task query) run by Tasklist. */
    private static boolean isQuery(Command<?> command) {
      return command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
    }
  }
}
