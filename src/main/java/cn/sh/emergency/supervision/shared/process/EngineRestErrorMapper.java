package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.DatabaseUnavailable;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine REST API reports most failures of "start", "complete" and "submit form" as 500, even when the cause
 * is input the caller can fix: an unknown district, a malformed credit code, a deadline in a year the calendar does
 * not cover. These mappers answer such causes with 400 and the Chinese message, a conflict with the case file (a
 * duplicate report without confirmation) with 409 and its message, and a database that cannot be reached
 * with 503 (try again; nothing was written). Another district's instance or task is a 404, as in {@code /api}. A
 * failure of the database itself never shows its SQL or driver message to the caller: it is logged and answered with
 * a plain 500. Everything else is left to Camunda's own handlers. The webapps' copy of the engine REST API and their
 * log-in API use the same mappers ({@link WebappApiConfiguration}).
 */
final class EngineRestErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorMapper.class);
  static final String INTERNAL_ERROR = "服务器内部错误，请稍后重试或联系系统管理员";
  static final String NOT_FOUND = "不存在或无权查看";
  /** The engine's tenant check: "ENGINE-13034 Cannot read the process instance '…' because it belongs to no …". */
  private static final String OTHER_TENANT = "ENGINE-13034";

  private EngineRestErrorMapper() {
  }

  static Optional<Response> knownCause(Throwable exception) {
    if (DatabaseUnavailable.isCause(exception)) {
      return Optional.of(Response.fromResponse(
              answer(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable", DatabaseUnavailable.MESSAGE))
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build());
    }
    Optional<ConflictException> conflict = ConflictException.causing(exception);
    if (conflict.isPresent()) {
      return Optional.of(answer(Response.Status.CONFLICT, ConflictException.class.getSimpleName(),
          conflict.get().getMessage()));
    }
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ProcessEngineException && String.valueOf(t.getMessage()).startsWith(OTHER_TENANT)) {
        // Another district's instance or task: answered like one that does not exist, as /api does.
        return Optional.of(answer(Response.Status.NOT_FOUND, "InvalidRequestException", NOT_FOUND));
      }
      if (t instanceof InvalidInputException || t instanceof BadUserRequestException) {
        LOG.info("Refused input: {}", String.valueOf(t.getMessage()).replace('\n', ' '));
        return Optional.of(answer(Response.Status.BAD_REQUEST, BadUserRequestException.class.getSimpleName(),
            t.getMessage()));
      }
    }
    if (fromDatabase(exception)) {
      LOG.error("Database failure in the engine REST API", exception);
      return Optional.of(answer(Response.Status.INTERNAL_SERVER_ERROR, "InternalError", INTERNAL_ERROR));
    }
    return Optional.empty();
  }

  /** A failure raised by the database or the SQL mapping, whose message would show SQL and table names. */
  private static boolean fromDatabase(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLException || String.valueOf(t.getMessage()).contains("### SQL")
          || t.getClass().getName().startsWith("org.apache.ibatis.")) {
        return true;
      }
    }
    return false;
  }

  private static Response answer(Response.Status status, String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Priority(1)
  static final class WrappedFailures implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return knownCause(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  @Priority(1)
  static final class EngineFailures implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return knownCause(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  /** Any other failure (Camunda maps these to 500 with the exception's message). */
  @Priority(1)
  static final class OtherFailures implements ExceptionMapper<Throwable> {

    private final ExceptionHandler camundaDefault = new ExceptionHandler();

    @Override
    public Response toResponse(Throwable exception) {
      return knownCause(exception).orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }
}
