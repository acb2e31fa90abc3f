package cn.sh.emergency.supervision.identity.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token on every request so that its cookie is set even for pages that do not render it (the
 * dashboard's static login page and scripts read it from the {@value SecurityConfiguration#CSRF_COOKIE} cookie).
 * Browsers that still hold the dashboard's former token cookie ({@value #FORMER_COOKIE} for the whole site, which
 * Tasklist's scripts mistook for the webapps' own) are told to drop it; the webapps' cookie of that name lives under
 * their own path and is never sent here.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

  static final String FORMER_COOKIE = "XSRF-TOKEN";

  private final boolean webappsUnderOwnPath;

  /** @param webappsUnderOwnPath whether the webapps are served under a path of their own ({@code /camunda}) */
  CsrfCookieFilter(boolean webappsUnderOwnPath) {
    this.webappsUnderOwnPath = webappsUnderOwnPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (token != null) {
      token.getToken();
    }
    if (webappsUnderOwnPath && request.getCookies() != null
        && Arrays.stream(request.getCookies()).map(Cookie::getName).anyMatch(FORMER_COOKIE::equals)) {
      response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(FORMER_COOKIE, "").path("/").maxAge(0)
          .sameSite("Lax").build().toString());
    }
    chain.doFilter(request, response);
  }
}
