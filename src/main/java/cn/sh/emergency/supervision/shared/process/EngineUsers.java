package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

  /** How a user is named on documents: first and last name as entered in the identity service, else the user id. */
  public static String displayName(IdentityService identityService, String userId) {
    if (userId == null || SYSTEM.equals(userId)) {
      return "";
    }
    User user = SystemContext.asSystem(identityService,
        () -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
