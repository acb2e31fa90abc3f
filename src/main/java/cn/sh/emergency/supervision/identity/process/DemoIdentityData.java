package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.District;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo users of the dev profile (password {@code demo}); never present in production. */
@Component
@Profile("dev")
class DemoIdentityData {

  static final String PASSWORD = "demo";

  record DemoUser(String id, String firstName, String lastName, String group, List<String> tenants) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("jingan-handler", "静安区", "承办人", Roles.CASE_HANDLERS, List.of("jingan")),
      new DemoUser("jingan-handler2", "静安区", "承办人二", Roles.CASE_HANDLERS, List.of("jingan")),
      new DemoUser("jingan-chief", "静安区", "科室负责人", Roles.SECTION_CHIEFS, List.of("jingan")),
      new DemoUser("jingan-reviewer", "静安区", "法制审核员", Roles.LEGAL_REVIEWERS, List.of("jingan")),
      new DemoUser("jingan-leader", "静安区", "分管领导", Roles.LEADERS, List.of("jingan")),
      new DemoUser("changning-handler", "长宁区", "承办人", Roles.CASE_HANDLERS, List.of("changning")),
      new DemoUser("changning-reviewer", "长宁区", "法制审核员", Roles.LEGAL_REVIEWERS, List.of("changning")),
      new DemoUser("changning-leader", "长宁区", "分管领导", Roles.LEADERS, List.of("changning")),
      new DemoUser("city-leader", "上海市", "分管领导", Roles.LEADERS,
          java.util.Arrays.stream(District.values()).map(District::code).toList()),
      new DemoUser("city-handler", "上海市", "承办人", Roles.CASE_HANDLERS,
          java.util.Arrays.stream(District.values()).map(District::code).toList()),
      new DemoUser("admin", "系统", "管理员", Roles.ADMINISTRATORS, List.of()));

  private final IdentityService identity;

  DemoIdentityData(IdentityService identity) {
    this.identity = identity;
  }

  void seed() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@example.invalid");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.group());
      for (String tenant : demo.tenants()) {
        identity.createTenantUserMembership(tenant, demo.id());
      }
    }
  }
}
