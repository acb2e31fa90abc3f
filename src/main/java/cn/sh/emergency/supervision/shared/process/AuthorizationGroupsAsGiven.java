package cn.sh.emergency.supervision.shared.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check the engine narrows the user's groups to those that hold any authorization, with
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, once per command. The engine grants each candidate
 * group on each open task, so that table holds a row per open task: with 100,000 open cases the statement reads
 * 100,000 rows, about 13 ms, five times for one Tasklist page. The narrowing only shortens the {@code IN} list of
 * groups for users in hundreds of directory groups; our users are in one or two, and a group without authorizations
 * matches nothing anyway, so the groups are used as given (docs/PERFORMANCE.md).
 */
@Component
class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
  }

  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new GroupsAsGiven();
    }
  }

  static final class GroupsAsGiven extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
