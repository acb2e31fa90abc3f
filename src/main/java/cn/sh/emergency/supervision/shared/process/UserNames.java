package cn.sh.emergency.supervision.shared.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** How people are named on documents: first and last name as entered in the identity service. */
@Component
public class UserNames {

  private final IdentityService identityService;

  UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user's name, the user id when the user has none, nothing for no user or the system. */
  public String of(String userId) {
    if (userId == null || userId.isBlank() || EngineUsers.SYSTEM.equals(userId)) {
      return "";
    }
    User user = SystemContext.asSystem(identityService,
        () -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : of(user);
  }

  /** The name of a user already read: first and last name, the user id when the user has none. */
  public static String of(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
