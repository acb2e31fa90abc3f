package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Calls the engine on behalf of an {@code /api} request and translates its refusals into the domain's:
 * a missing engine permission becomes 403, a user's input error 400 with its Chinese message, a refusal because of
 * the case file's state (e.g. a duplicate report) 409 with its message.
 */
public final class EngineCalls {

  private EngineCalls() {
  }

  public static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (AuthorizationException e) {
      throw new AccessDeniedException("无权执行此操作", e);
    } catch (BadUserRequestException e) {
      ConflictException.causing(e).ifPresent(conflict -> {
        throw conflict;
      });
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidInputException input) {
          throw input;
        }
      }
      throw new InvalidInputException(e.getMessage());
    }
  }
}
