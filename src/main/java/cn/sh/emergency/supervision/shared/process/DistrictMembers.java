package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.IdentityService;

/** Whether a user works in a district: a member of its tenant, directly or through one of the user's groups. */
public final class DistrictMembers {

  private DistrictMembers() {
  }

  /** Asked as the system (users may not read tenant memberships). */
  public static boolean belongs(IdentityService identityService, String userId, String district) {
    return SystemContext.asSystem(identityService, () -> identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).tenantId(district).count() > 0);
  }
}
