package cn.sh.emergency.supervision.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The page a browser gets for an error no controller answered itself, instead of Spring Boot's English "Whitelabel
 * Error Page": e.g. the 403 of Camunda's webapp filter when a case handler follows Tasklist's link to Cockpit, a 404
 * of a mistyped address, a 500. In Chinese, with the way back to Tasklist; no stack trace, exception or request
 * detail. Spring Boot's error controller asks for it only when the client wants HTML: API clients keep the JSON
 * error body, and {@code /api} answers its own errors ({@link ApiExceptionHandler}).
 */
@Component
class ErrorPages implements ErrorViewResolver {

  static final String TASKLIST = "/camunda/app/tasklist/";

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    return new ModelAndView(new Page(status, reason(status, originalPath(request))), model);
  }

  /** A browser navigating to a page, not a call of {@code /api}, the dashboard's data or the engine REST API. */
  static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !path.startsWith("/api/")
        && !path.startsWith("/dashboard/api/") && !path.startsWith("/engine-rest/");
  }

  private static String originalPath(HttpServletRequest request) {
    Object path = request.getAttribute("jakarta.servlet.error.request_uri");
    String uri = path != null ? path.toString() : request.getRequestURI();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }

  /** What happened, in the words of the bureau's staff. */
  static String[] reason(HttpStatus status, String path) {
    return switch (status) {
      case BAD_REQUEST -> new String[] {"请求有误", "提交的内容无法处理，请返回上一页检查后重试。"};
      case UNAUTHORIZED -> new String[] {"请先登录", "登录已失效或尚未登录，请重新登录后再操作。"};
      case FORBIDDEN -> new String[] {"无权访问", forbidden(path)};
      case NOT_FOUND -> new String[] {"页面不存在", "您访问的页面不存在或已被移除，请检查地址是否正确。"};
      case METHOD_NOT_ALLOWED -> new String[] {"操作方式不正确", "该页面不支持此操作方式，请返回上一页重试。"};
      case SERVICE_UNAVAILABLE -> new String[] {"系统暂时不可用", "系统正在维护或暂时繁忙，请稍后重试；本次操作未保存。"};
      default -> status.is5xxServerError()
          ? new String[] {"系统内部错误", "系统暂时无法处理您的请求，请稍后重试；如问题持续，请联系系统管理员。"}
          : new String[] {"请求未能完成", "请求未能完成，请返回上一页重试。"};
    };
  }

  private static String forbidden(String path) {
    if (path.startsWith("/camunda/app/cockpit")) {
      return "驾驶舱（流程监控）仅向负责人和系统管理员开放，您的账号没有访问权限。待办案件请在任务列表中办理。";
    }
    if (path.startsWith("/camunda/app/admin")) {
      return "系统管理仅向系统管理员开放，您的账号没有访问权限。";
    }
    return "您的账号没有访问此页面的权限。如确需办理，请联系本单位系统管理员开通。";
  }

  /** A self-contained page: inline style only, no script, nothing taken from the request. */
  private record Page(HttpStatus status, String[] reason) implements View {

    @Override
    public String getContentType() {
      return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
      String tasklist = request.getContextPath() + TASKLIST;
      String html = """
          <!DOCTYPE html>
          <html lang="zh-CN">
          <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%1$s - 区应急管理局 安全生产监管执法</title>
          <style>
          body { margin: 0; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
            color: #1f2d3d; background: #f4f6f9; font-size: 15px; }
          header { padding: 12px 24px; background: #fff; border-bottom: 3px solid #b4232a; font-size: 18px; }
          main { max-width: 640px; margin: 64px auto; background: #fff; border: 1px solid #dde3ea;
            border-radius: 6px; padding: 28px 32px; }
          h1 { font-size: 22px; margin: 0 0 12px; }
          p { line-height: 1.7; margin: 0 0 20px; }
          .code { color: #5f6b7a; font-size: 13px; }
          a.button { display: inline-block; background: #b4232a; color: #fff; text-decoration: none;
            padding: 6px 16px; border-radius: 4px; }
          </style>
          </head>
          <body>
          <header>区应急管理局 · 安全生产监管执法</header>
          <main>
          <h1>%1$s</h1>
          <p>%2$s</p>
          <p><a class="button" href="%3$s">返回任务列表</a></p>
          <p class="code">错误代码：%4$d</p>
          </main>
          </body>
          </html>
          """.formatted(reason[0], reason[1], tasklist, status.value());
      response.setContentType(getContentType());
      response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
