package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The body of every error answer of {@code /api}: status, a Chinese message for the user, the path. */
public record ApiError(int status, String error, String message, String path, Instant timestamp) {

  /** The answer with this status and message to a request of {@code path}, now. */
  public static ApiError of(HttpStatus status, String message, String path) {
    return new ApiError(status.value(), status.getReasonPhrase(), message, path, Instant.now());
  }

  /**
   * Answers with this error where no controller does (filters, Spring Security's handlers): its status and this body
   * in UTF-8 JSON. Headers the answer needs besides ({@code Retry-After}, a challenge) are set before.
   */
  public void writeTo(HttpServletResponse response, ObjectMapper json) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), this);
  }
}
