package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.AddressBuckets;
import cn.sh.emergency.supervision.shared.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The anonymous public site ({@code /api/public/**}) answers each client address at most
 * {@code supervision.public-api.requests} requests per {@code supervision.public-api.window}; beyond that, 429 with
 * {@code Retry-After} and the usual JSON error body, before any query runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PublicRateLimitFilter extends OncePerRequestFilter {

  static final String MESSAGE = "请求过于频繁，请%d秒后再试";

  private final AddressBuckets requests;

  PublicRateLimitFilter(@Value("${supervision.public-api.requests}") long requests,
                        @Value("${supervision.public-api.window}") Duration window) {
    this.requests = new AddressBuckets(requests, window);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    OptionalLong wait = requests.tryTake(request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = wait.getAsLong();
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ApiError.write(ApiError.of(HttpStatus.TOO_MANY_REQUESTS, String.format(MESSAGE, seconds),
        request.getRequestURI()), response);
  }
}
