package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.ApiError;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.DatabaseUnavailable;
import cn.sh.emergency.supervision.shared.FileTooLargeException;
import cn.sh.emergency.supervision.shared.FileTypeNotAllowedException;
import cn.sh.emergency.supervision.shared.ForbiddenException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps failures of {@code /api} to statuses and Chinese messages as Problem Details ({@link ApiError}); never a stack
 * trace or SQL in the body. A browser
 * page that is missing or fails outside the APIs gets the Chinese error page instead ({@link ErrorPages}).
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage(), request);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
    return answer(HttpStatus.CONFLICT, e.getMessage(), request);
  }

  @ExceptionHandler(FileTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(FileTooLargeException e, HttpServletRequest request) {
    return answer(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return answer(HttpStatus.PAYLOAD_TOO_LARGE, "上传文件超过允许的大小", request);
  }

  @ExceptionHandler(FileTypeNotAllowedException.class)
  ResponseEntity<ProblemDetail> typeNotAllowed(FileTypeNotAllowedException e, HttpServletRequest request) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), request);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "请以 multipart/form-data 上传文件（字段名 file）", request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "缺少上传文件：" + e.getRequestPartName(), request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (ErrorPages.wantsPage(request)) {
      response.sendError(HttpStatus.NOT_FOUND.value());
      return null;
    }
    return answer(HttpStatus.NOT_FOUND, "资源不存在", request);
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
    return answer(HttpStatus.FORBIDDEN, e.getMessage(), request);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
    return answer(HttpStatus.FORBIDDEN, "无权执行此操作", request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "缺少参数：" + e.getParameterName(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "参数格式不正确：" + e.getName(), request);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e, HttpServletRequest request) {
    String fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + "：" + (f.isBindingFailure() ? "格式不正确" : f.getDefaultMessage())).collect(Collectors.joining("；"));
    return answer(HttpStatus.BAD_REQUEST, "输入有误：" + fields, request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return answer(HttpStatus.BAD_REQUEST, invalid.getMessage(), request);
      }
    }
    return answer(HttpStatus.BAD_REQUEST, "请求内容无法解析，请检查 JSON 格式与字段类型", request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法：" + e.getMethod(), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> contentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的请求内容类型" + (e.getContentType() == null ? ""
        : "（" + e.getContentType() + "）") + "，请以 application/json 提交", request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    // The client refuses JSON, so the body is left out: the status says it.
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (DatabaseUnavailable.isCause(e)) {
      LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE, request.getRequestURI()));
    }
    LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    if (ErrorPages.wantsPage(request)) {
      response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
      return null;
    }
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试或联系系统管理员", request);
  }

  static ResponseEntity<ProblemDetail> answer(HttpStatus status, String message, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .body(ApiError.of(status, message, request.getRequestURI()));
  }
}
