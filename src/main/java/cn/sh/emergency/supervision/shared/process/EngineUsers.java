package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in the engine right now: the authenticated user, else a fallback (an assignee, or "system"). */
public final class EngineUsers {

  public static final String SYSTEM = "system";

  private EngineUsers() {
  }

  public static String currentOr(IdentityService identityService, String fallback) {
    String current = current(identityService);
    if (current != null) {
      return current;
    }
    return fallback != null ? fallback : SYSTEM;
  }

  /** The authenticated user's id, or null when the engine acts on its own (a timer, a job). */
  public static String current(IdentityService identityService) {
    Authentication current = identityService.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The groups of the authenticated user; none when the engine acts on its own. */
  public static java.util.List<String> currentGroups(IdentityService identityService) {
    Authentication current = identityService.getCurrentAuthentication();
    return current == null || current.getGroupIds() == null ? java.util.List.of() : current.getGroupIds();
  }
}
