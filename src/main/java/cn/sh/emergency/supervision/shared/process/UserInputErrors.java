package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Turns a user's input error raised inside the engine into the engine's {@link BadUserRequestException}, so the
 * transaction rolls back and REST clients get HTTP 400 with the Chinese message.
 */
public final class UserInputErrors {

  private UserInputErrors() {
  }

  public static <T> T asBadRequest(Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      throw new BadUserRequestException(e.getMessage(), e);
    }
  }

  public static BadUserRequestException badRequest(InvalidInputException e) {
    return new BadUserRequestException(e.getMessage(), e);
  }

  public static void asBadRequest(Runnable work) {
    asBadRequest(() -> {
      work.run();
      return null;
    });
  }
}
