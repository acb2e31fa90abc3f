package cn.sh.emergency.supervision.identity.process;

import cn.sh.emergency.supervision.shared.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 answers of {@code /api} in the same JSON shape as every other API error. */
class JsonSecurityErrors {

  AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"supervision\", charset=\"UTF-8\"");
      write(request, response, HttpStatus.UNAUTHORIZED, "请先登录（用户名与密码）");
    };
  }

  /** For pages that log in with a form: a plain 401 without a Basic challenge, so browsers show no login popup. */
  AuthenticationEntryPoint loginRequired() {
    return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, "请先登录");
  }

  /** For paths nobody may use, anonymous or not. */
  AuthenticationEntryPoint forbiddenEntryPoint() {
    return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "此功能已停用");
  }

  AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "无权执行此操作");
  }

  /**
   * For the webapps' paths: a browser navigating to a closed address gets the Chinese error page (the error
   * controller's HTML view), any other client the JSON body.
   */
  AuthenticationEntryPoint forbiddenEntryPointOrPage() {
    AuthenticationEntryPoint json = forbiddenEntryPoint();
    return (request, response, e) -> {
      if (wantsPage(request)) {
        response.sendError(HttpStatus.FORBIDDEN.value());
      } else {
        json.commence(request, response, e);
      }
    };
  }

  AccessDeniedHandler forbiddenOrPage() {
    AccessDeniedHandler json = forbidden();
    return (request, response, e) -> {
      if (wantsPage(request)) {
        response.sendError(HttpStatus.FORBIDDEN.value());
      } else {
        json.handle(request, response, e);
      }
    };
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  /** Answers the request with the error, in the API's JSON shape. */
  void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    write(request, response, status, message);
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    ApiError.write(ApiError.of(status, message, request.getRequestURI()), response);
  }
}
