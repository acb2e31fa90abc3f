package cn.sh.emergency.supervision.shared.process;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Whether a user works in a district: a member of its tenant, directly or through one of the user's groups. */
public final class DistrictMembers {

  private DistrictMembers() {
  }

  /** Asked as the system (users may not read tenant memberships). */
  public static boolean belongs(IdentityService identityService, String userId, String district) {
    return SystemContext.asSystem(identityService, () -> identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).tenantId(district).count() > 0);
  }

  /**
   * Everyone who works in the district, by the same rule as {@link #belongs}: the users of its tenant and the members
   * of the groups of its tenant. A few queries for the whole district rather than one per user; asked as the system.
   */
  public static Set<String> members(IdentityService identityService, String district) {
    return SystemContext.asSystem(identityService, () -> {
      Set<String> members = new LinkedHashSet<>();
      identityService.createUserQuery().memberOfTenant(district).list().stream().map(User::getId)
          .forEach(members::add);
      for (Group group : identityService.createGroupQuery().memberOfTenant(district).list()) {
        identityService.createUserQuery().memberOfGroup(group.getId()).list().stream().map(User::getId)
            .forEach(members::add);
      }
      return members;
    });
  }
}
