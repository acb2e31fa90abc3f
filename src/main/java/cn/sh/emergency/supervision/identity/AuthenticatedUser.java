package cn.sh.emergency.supervision.identity;

import java.util.List;

/** The principal of an {@code /api} request: the Camunda user with its groups and districts (tenants). */
public record AuthenticatedUser(String userId, List<String> groups, List<String> tenantIds) {

  public AuthenticatedUser {
    groups = List.copyOf(groups);
    tenantIds = List.copyOf(tenantIds);
  }

  public boolean isAdministrator() {
    return groups.contains(Roles.ADMINISTRATORS);
  }

  /** Whether the user may see cases of a district: a member of its tenant, or an administrator. */
  public boolean canSee(String district) {
    return isAdministrator() || tenantIds.contains(district);
  }

  public boolean hasRole(String group) {
    return groups.contains(group);
  }

  public boolean hasAnyRole(List<String> anyOf) {
    return anyOf.stream().anyMatch(groups::contains);
  }
}
