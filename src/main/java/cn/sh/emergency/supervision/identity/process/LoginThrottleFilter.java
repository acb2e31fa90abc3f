package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.shared.AddressBuckets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back an address that failed to log in too often: each failed log-in takes a token of the address's bucket
 * ({@link AddressBuckets}), and while the bucket is empty the address's log-in attempts — the webapps'
 * and the dashboard's log-in forms, and any request with HTTP Basic credentials — are answered 429 with
 * {@code Retry-After} before a password is checked. A log-in attempt that is answered 401 (or the dashboard's form
 * sent back with an error) counts as failed. Only the address is held back — the user it tried stays free to log in
 * from elsewhere, so nobody locks someone else out by guessing their password (the engine's growing delay per user
 * still applies, but never locks a user for good).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  static final String MESSAGE = "登录失败次数过多，请%d秒后再试";

  private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login(/.*)?");

  private final AddressBuckets failures;
  private final JsonSecurityErrors errors;
  private final String dashboardLogin;

  LoginThrottleFilter(AddressBuckets failures, JsonSecurityErrors errors, String dashboardLogin) {
    this.failures = failures;
    this.errors = errors;
    this.dashboardLogin = dashboardLogin;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLogIn(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    OptionalLong wait = failures.secondsToWait(address);
    if (wait.isPresent()) {
      long seconds = wait.getAsLong();
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      errors.refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, String.format(MESSAGE, seconds));
      return;
    }
    chain.doFilter(request, response);
    if (failed(request, response)) {
      failures.take(address);
    }
  }

  private boolean isLogIn(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(dashboardLogin) || WEBAPP_LOGIN.matcher(path).matches();
  }

  private boolean failed(HttpServletRequest request, HttpServletResponse response) {
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      return true;
    }
    String location = response.getHeader(HttpHeaders.LOCATION);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(dashboardLogin) && location != null && location.contains("?error");
  }
}
