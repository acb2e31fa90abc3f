package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An installation always has an administrator, and only the operator creates one: from
 * {@code SUPERVISION_ADMIN_USER}/{@code SUPERVISION_ADMIN_PASSWORD} when given. Without either an existing
 * administrator or that configuration, start-up fails; the webapps' first-admin setup page is never used.
 */
@Component
class AdministratorProvisioning {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorProvisioning.class);

  private final IdentityService identity;
  private final String configuredUser;
  private final String configuredPassword;

  AdministratorProvisioning(IdentityService identity,
                            @Value("${supervision.admin.user:}") String configuredUser,
                            @Value("${supervision.admin.password:}") String configuredPassword) {
    this.identity = identity;
    this.configuredUser = configuredUser;
    this.configuredPassword = configuredPassword;
  }

  void ensureAdministratorExists() {
    if (!configuredUser.isBlank()) {
      provision();
    }
    if (identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count() == 0) {
      throw new IllegalStateException("""
          没有系统管理员，拒绝启动。请设置环境变量 SUPERVISION_ADMIN_USER 与 SUPERVISION_ADMIN_PASSWORD 后重新启动。
          No administrator exists and none is configured: set SUPERVISION_ADMIN_USER and \
          SUPERVISION_ADMIN_PASSWORD and start again.""");
    }
  }

  private void provision() {
    if (identity.createUserQuery().userId(configuredUser).count() == 0) {
      if (configuredPassword.isBlank()) {
        throw new IllegalStateException("SUPERVISION_ADMIN_USER 已设置但缺少 SUPERVISION_ADMIN_PASSWORD"
            + " (SUPERVISION_ADMIN_PASSWORD is required to create the administrator)");
      }
      User user = identity.newUser(configuredUser);
      user.setFirstName("系统");
      user.setLastName("管理员");
      user.setPassword(configuredPassword);
      try {
        identity.saveUser(user);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException("无法创建管理员 " + configuredUser + "：" + e.getMessage()
            + "。生产环境启用密码策略：至少10位，须含大写字母、小写字母、数字和特殊字符"
            + " (SUPERVISION_ADMIN_PASSWORD must satisfy the password policy)", e);
      }
      LOG.info("Administrator {} created from configuration", configuredUser);
    }
    if (identity.createUserQuery().userId(configuredUser).memberOfGroup(Roles.ADMINISTRATORS).count() == 0) {
      identity.createMembership(configuredUser, Roles.ADMINISTRATORS);
    }
  }
}
