package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API reports most failures of "start", "complete" and "submit form" as 500, even when the cause
 * is input the caller can fix: an unknown district, a malformed credit code, a deadline in a year the calendar does
 * not cover. These mappers answer such causes with 400 and the Chinese message; everything else is left to
 * Camunda's own handlers.
 */
final class EngineRestErrorMapper {

  private EngineRestErrorMapper() {
  }

  static Optional<Response> userError(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof BadUserRequestException) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(BadUserRequestException.class.getSimpleName());
        dto.setMessage(t.getMessage());
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).entity(dto)
            .type(MediaType.APPLICATION_JSON_TYPE).build());
      }
    }
    return Optional.empty();
  }

  @Priority(1)
  static final class WrappedFailures implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return userError(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  @Priority(1)
  static final class EngineFailures implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return userError(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }
}
