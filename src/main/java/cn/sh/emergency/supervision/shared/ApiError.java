package cn.sh.emergency.supervision.shared;

import java.time.Instant;
import org.springframework.http.HttpStatus;

/** The body of every error answer of {@code /api}: status, a Chinese message for the user, the path. */
public record ApiError(int status, String error, String message, String path, Instant timestamp) {

  /** The answer with this status and message to a request of {@code path}, now. */
  public static ApiError of(HttpStatus status, String message, String path) {
    return new ApiError(status.value(), status.getReasonPhrase(), message, path, Instant.now());
  }
}
