package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.support.StandaloneServer;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A production start (no demo data) needs an administrator, and only the operator's configuration makes one. */
@Tag(StandaloneServer.TAG)
class AdministratorStartupTest {

  @Test
  void aProductionStartWithoutAnyAdministratorIsRefused() {
    assertThatThrownBy(() -> StandaloneServer.start("no-admin", "jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
        "production"))
        .hasMessageContaining("没有系统管理员").hasMessageContaining("SUPERVISION_ADMIN_USER");
  }

  @Test
  void aProductionStartWithoutARecordAnchorKeyIsRefused() {
    assertThatThrownBy(() -> StandaloneServer.start("no-anchor-key", "jdbc:h2:mem:no-anchor-key;DB_CLOSE_DELAY=-1",
        "production", "supervision.admin.user=ops", "supervision.admin.password=Zhifa-Guanli-2026!",
        "supervision.record-anchor.key="))
        .rootCause().hasMessageContaining("SUPERVISION_RECORD_ANCHOR_KEY");
  }

  @Test
  void theConfiguredAdministratorIsCreatedAndNoDemoUsersExist() {
    try (ConfigurableApplicationContext context = StandaloneServer.start("configured-admin",
        "jdbc:h2:mem:configured-admin;DB_CLOSE_DELAY=-1", "production",
        "supervision.admin.user=ops", "supervision.admin.password=Zhifa-Guanli-2026!")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).list())
          .extracting(u -> u.getId()).containsExactly("ops");
      assertThat(identity.checkPassword("ops", "Zhifa-Guanli-2026!")).isTrue();
      assertThat(identity.createUserQuery().userId("jingan-handler").count()).isZero();
      assertThat(identity.createTenantQuery().count()).isEqualTo(17);
    }
  }
}
