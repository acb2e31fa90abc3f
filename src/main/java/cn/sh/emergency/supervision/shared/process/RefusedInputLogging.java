package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A submission refused for its input (a Chinese message back to the user, HTTP 400) — or a model refused at
 * deployment — is not a server error: the
 * engine's ERROR with a full stack trace for the command it ended ("ENGINE-16004 Exception while closing command
 * context", often wrapping a task listener's refusal) is left out of the log. The refusal itself is logged in one line
 * at INFO where it is answered ({@link EngineRestErrorMapper}). Any other command failure keeps its ERROR.
 */
@Component
class RefusedInputLogging {

  static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

  @EventListener(ApplicationStartedEvent.class)
  public void install() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext logback && logback.getTurboFilterList().stream()
        .noneMatch(RefusedCommands.class::isInstance)) {
      logback.addTurboFilter(new RefusedCommands());
    }
  }

  static final class RefusedCommands extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
      if (level != Level.ERROR || !ENGINE_COMMAND_LOGGER.equals(logger.getName())) {
        return FilterReply.NEUTRAL;
      }
      Throwable thrown = t != null ? t
          : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
      return refusedInput(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    static boolean refusedInput(Throwable thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException || cause instanceof InvalidInputException
            || cause instanceof ParseException) {
          return true;
        }
      }
      return false;
    }
  }
}
