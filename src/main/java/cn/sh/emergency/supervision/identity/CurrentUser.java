package cn.sh.emergency.supervision.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current {@code /api} request. */
@Component
public class CurrentUser {

  public AuthenticatedUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
      return user;
    }
    throw new AuthenticationCredentialsNotFoundException("未登录");
  }

  /** The current user if an administrator; else 403 with {@code refusal}, which says what only they may do. */
  public AuthenticatedUser requireAdministrator(String refusal) {
    AuthenticatedUser user = get();
    if (!user.isAdministrator()) {
      throw new AccessDeniedException(refusal);
    }
    return user;
  }
}
