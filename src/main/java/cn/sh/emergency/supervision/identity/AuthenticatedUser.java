package cn.sh.emergency.supervision.identity;

import cn.sh.emergency.supervision.shared.District;
import java.util.Arrays;
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

  /** The codes of the districts (and the city level) the user may see, in {@link District}'s order. */
  public List<String> visibleDistricts() {
    return Arrays.stream(District.values()).map(District::code).filter(this::canSee).toList();
  }

  public boolean hasRole(String group) {
    return groups.contains(group);
  }

  public boolean hasAnyRole(List<String> anyOf) {
    return anyOf.stream().anyMatch(groups::contains);
  }
}
