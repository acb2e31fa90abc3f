package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties.CacheProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * The login of the Camunda webapps (Tasklist, Cockpit, Admin) as Camunda keeps it: its {@link Authentications} in
 * the servlet session, one per engine. The dashboard uses the same login, so there is one session for both: a user
 * logged in to Tasklist is logged in on the dashboard, a dashboard login logs in to the webapps, and whichever logs
 * out ends both. The user's groups and districts are those Camunda read at login, re-read as Camunda does once its
 * authentication cache has expired ({@code camunda.bpm.webapp.auth.cache}); a user deleted meanwhile is logged out.
 */
@Component
class WebappSession {

  private final ProcessEngine engine;
  private final CacheProperties cache;

  WebappSession(ProcessEngine engine, CamundaBpmProperties camunda) {
    this.engine = engine;
    this.cache = camunda.getWebapp().getAuth().getCache();
  }

  /** The user logged in to the webapps in the request's session, if any; never creates a session. */
  Optional<AuthenticatedUser> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (revalidates()) {
      AuthenticationUtil.updateCache(authentications, session, cache.getTimeToLive());
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
    if (!(authentication instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new AuthenticatedUser(user.getIdentityId(), orEmpty(user.getGroupIds()),
        orEmpty(user.getTenantIds())));
  }

  /**
   * Logs the user, whose password was checked, in to the webapps in the request's session, exactly as the webapps'
   * own login would: which webapps the user may open stays the engine's grants' decision.
   */
  void logIn(HttpServletRequest request, String userId) {
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
    if (authentication == null) {
      throw new BadCredentialsException("用户不存在：" + userId);
    }
    if (revalidates()) {
      authentication.setCacheValidationTime(Date.from(EngineClock.now().plusMillis(cache.getTimeToLive())));
    }
    HttpSession session = request.getSession(true);
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    authentications.addOrReplace(authentication);
    AuthenticationUtil.updateSession(session, authentications);
  }

  /** Ends the webapps' login in the request's session (the session itself stays). */
  void logOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      authentications.removeByEngineName(engine.getName());
      AuthenticationUtil.updateSession(session, authentications);
    }
  }

  private boolean revalidates() {
    return cache.isTtlEnabled() && cache.getTimeToLive() > 0;
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }
}
