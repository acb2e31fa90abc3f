package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The body of every error answer of {@code /api} (and the dashboard's {@code /dashboard/api}): Problem Details
 * (RFC 9457, Spring's {@link ProblemDetail}) as {@code application/problem+json} — {@code status}, a Chinese
 * {@code title} for the status, the Chinese message for the user as {@code detail}, the request's path as
 * {@code instance}, and {@code timestamp}. Never a stack trace or SQL.
 */
public final class ApiError {

  private static final Map<HttpStatus, String> TITLES = Map.ofEntries(
      Map.entry(HttpStatus.BAD_REQUEST, "请求有误"),
      Map.entry(HttpStatus.UNAUTHORIZED, "未登录"),
      Map.entry(HttpStatus.FORBIDDEN, "无权访问"),
      Map.entry(HttpStatus.NOT_FOUND, "未找到"),
      Map.entry(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法"),
      Map.entry(HttpStatus.CONFLICT, "与当前状态冲突"),
      Map.entry(HttpStatus.PAYLOAD_TOO_LARGE, "内容过大"),
      Map.entry(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型"),
      Map.entry(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁"),
      Map.entry(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误"),
      Map.entry(HttpStatus.SERVICE_UNAVAILABLE, "服务暂时不可用"));

  /** As Spring MVC writes a {@link ProblemDetail}: its extension properties beside the standard members. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private ApiError() {
  }

  /** The answer with this status and Chinese message to a request of {@code path}, now. */
  public static ProblemDetail of(HttpStatus status, String message, String path) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setTitle(TITLES.getOrDefault(status, status.getReasonPhrase()));
    problem.setInstance(instance(path));
    problem.setProperty("timestamp", Instant.now().toString());
    return problem;
  }

  /**
   * Answers with the problem where no controller does (filters, Spring Security's handlers): its status and body in
   * UTF-8 {@code application/problem+json}. Headers the answer needs besides ({@code Retry-After}, a challenge) are
   * set before.
   */
  public static void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
    response.setStatus(problem.getStatus());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }

  private static URI instance(String path) {
    try {
      return path == null ? null : new URI(path);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
