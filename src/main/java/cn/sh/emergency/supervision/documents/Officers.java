package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.shared.process.EngineUsers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** How documents name the officers of a case (handlers, reviewers, leaders): as the identity service knows them. */
@Component
public class Officers {

  private final IdentityService identityService;

  Officers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user's name, the user id when the user has none, nothing for no user. */
  public String name(String userId) {
    return userId == null || userId.isBlank() ? "" : EngineUsers.displayName(identityService, userId);
  }
}
