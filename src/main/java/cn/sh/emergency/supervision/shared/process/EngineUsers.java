package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in the engine right now: the authenticated user, else a fallback (an assignee, or "system"). */
public final class EngineUsers {

  public static final String SYSTEM = "system";

  private EngineUsers() {
  }

  public static String currentOr(IdentityService identityService, String fallback) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return fallback != null ? fallback : SYSTEM;
  }
}
