package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * Where the dashboard keeps who is logged in: nowhere of its own, but in the webapps' login ({@link WebappSession}).
 * Each request reads the user from it, a successful dashboard login writes it, a logout removes it. So a Tasklist
 * user opens the dashboard without a second login, and a logout of the webapps logs the dashboard out at once.
 */
class WebappSessionSecurityContextRepository implements SecurityContextRepository {

  private final WebappSession webappSession;

  WebappSessionSecurityContextRepository(WebappSession webappSession) {
    this.webappSession = webappSession;
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    Supplier<SecurityContext> context = SingletonSupplier.of(() -> contextOf(request));
    return new DeferredSecurityContext() {
      @Override
      public SecurityContext get() {
        return context.get();
      }

      @Override
      public boolean isGenerated() {
        return context.get().getAuthentication() == null;
      }
    };
  }

  /** @deprecated Spring Security's former way of loading; {@link #loadDeferredContext} is used. */
  @Override
  @Deprecated
  public SecurityContext loadContext(HttpRequestResponseHolder holder) {
    return contextOf(holder.getRequest());
  }

  @Override
  public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    Authentication authentication = context.getAuthentication();
    if (authentication == null) {
      webappSession.logOut(request);
    } else if (authentication.getPrincipal() instanceof AuthenticatedUser user && !loggedIn(request, user)) {
      webappSession.logIn(request, user.userId());
    }
  }

  private boolean loggedIn(HttpServletRequest request, AuthenticatedUser user) {
    return webappSession.user(request).map(AuthenticatedUser::userId).filter(user.userId()::equals).isPresent();
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return webappSession.user(request).isPresent();
  }

  private SecurityContext contextOf(HttpServletRequest request) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    webappSession.user(request).map(CamundaIdentityAuthenticationProvider::authenticated)
        .ifPresent(context::setAuthentication);
    return context;
  }
}
