package cn.sh.emergency.supervision.shared;

import java.time.Instant;

/** The body of every error answer of {@code /api}: status, a Chinese message for the user, the path. */
public record ApiError(int status, String error, String message, String path, Instant timestamp) {
}
