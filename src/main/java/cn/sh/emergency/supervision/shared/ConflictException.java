package cn.sh.emergency.supervision.shared;

import java.util.Optional;

/** A request that contradicts the current state (e.g. urging a closed case); web layers answer 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }

  /** The conflict behind a failure, however deep the engine wrapped it. */
  public static Optional<ConflictException> causing(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConflictException conflict) {
        return Optional.of(conflict);
      }
    }
    return Optional.empty();
  }
}
