package cn.sh.emergency.supervision.identity.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change sent to {@code /api} or {@code /engine-rest} by a page of another site. Both authenticate with HTTP
 * Basic, and a browser that once sent Basic credentials to this server sends them again with any request to it —
 * also with a form that another site's page submits. Browsers name the page's site in the {@code Origin} header of
 * every such request (or, failing that, in {@code Referer}); a change whose page is not this server (or one of the
 * configured trusted origins) is refused with 403 before anyone is authenticated. Clients that are not browsers
 * (scripts, Camunda Modeler) send neither header and are not affected; reading (GET, HEAD) is never refused.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

  static final String MESSAGE = "拒绝跨站请求：该操作须在本系统的页面或客户端中发起";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final JsonSecurityErrors errors;
  private final List<String> trustedOrigins;

  CrossSiteRequestFilter(JsonSecurityErrors errors, List<String> trustedOrigins) {
    this.errors = errors;
    this.trustedOrigins = trustedOrigins.stream().map(CrossSiteRequestFilter::normalized).toList();
  }

  /** The public site's API is anonymous: a request from another site carries no one's credentials there. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (fromAnotherSite(request)) {
      errors.refuse(request, response, HttpStatus.FORBIDDEN, MESSAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  boolean fromAnotherSite(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      return false;
    }
    String page = request.getHeader(HttpHeaders.ORIGIN);
    if (page == null) {
      page = request.getHeader(HttpHeaders.REFERER);
    }
    if (page == null) {
      return false;
    }
    String origin = normalized(page);
    // "null": a sandboxed or privacy-stripped page; unknown, so not trusted.
    return origin == null || !(origin.equals(ownOrigin(request)) || trustedOrigins.contains(origin));
  }

  private static String ownOrigin(HttpServletRequest request) {
    String host = request.getHeader(HttpHeaders.HOST);
    return host == null ? null : normalized(request.getScheme() + "://" + host);
  }

  /** scheme://host[:port] of an origin or page address in lower case, the default port left out; null if none. */
  private static String normalized(String address) {
    try {
      URI uri = URI.create(address.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException notAnAddress) {
      return null;
    }
  }
}
