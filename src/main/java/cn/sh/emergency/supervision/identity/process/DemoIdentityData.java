package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.Roles;
import cn.sh.emergency.supervision.shared.District;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo users of the dev profile (password {@code demo}); never present in production. The case handlers hold
 * enforcement certificates (执法证号), so that any two of them may investigate a penalty case; a handler whose
 * number is missing (an older demo database) gets it at the next start. Jing'an has two leaders, so that with the
 * city's a collective discussion (three leaders of the district or the city) can be held; a user missing from an
 * older demo database is added at the next start.
 */
@Component
@Profile("dev")
class DemoIdentityData {

  static final String PASSWORD = "demo";

  record DemoUser(String id, String firstName, String lastName, String group, List<String> tenants,
                  String certificateNo) {

    DemoUser(String id, String firstName, String lastName, String group, List<String> tenants) {
      this(id, firstName, lastName, group, tenants, null);
    }
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("jingan-handler", "静安区", "承办人", Roles.CASE_HANDLERS, List.of("jingan"),
          "310106-0001"),
      new DemoUser("jingan-handler2", "静安区", "承办人二", Roles.CASE_HANDLERS, List.of("jingan"),
          "310106-0002"),
      new DemoUser("jingan-chief", "静安区", "科室负责人", Roles.SECTION_CHIEFS, List.of("jingan")),
      new DemoUser("jingan-reviewer", "静安区", "法制审核员", Roles.LEGAL_REVIEWERS, List.of("jingan")),
      new DemoUser("jingan-leader", "静安区", "分管领导", Roles.LEADERS, List.of("jingan")),
      new DemoUser("jingan-leader2", "静安区", "主要负责人", Roles.LEADERS, List.of("jingan")),
      new DemoUser("changning-handler", "长宁区", "承办人", Roles.CASE_HANDLERS, List.of("changning"),
          "310105-0001"),
      new DemoUser("changning-reviewer", "长宁区", "法制审核员", Roles.LEGAL_REVIEWERS, List.of("changning")),
      new DemoUser("changning-leader", "长宁区", "分管领导", Roles.LEADERS, List.of("changning")),
      new DemoUser("city-leader", "上海市", "分管领导", Roles.LEADERS,
          java.util.Arrays.stream(District.values()).map(District::code).toList()),
      new DemoUser("city-handler", "上海市", "承办人", Roles.CASE_HANDLERS,
          java.util.Arrays.stream(District.values()).map(District::code).toList(), "310000-0001"),
      new DemoUser("admin", "系统", "管理员", Roles.ADMINISTRATORS, List.of()));

  private final IdentityService identity;
  private final EnforcementCertificateStore certificates;

  DemoIdentityData(IdentityService identity, EnforcementCertificateStore certificates) {
    this.identity = identity;
    this.certificates = certificates;
  }

  void seed() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        create(demo);
      }
      if (demo.certificateNo() != null) {
        certificates.registerIfAbsent(demo.id(), demo.certificateNo());
      }
    }
  }

  private void create(DemoUser demo) {
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
