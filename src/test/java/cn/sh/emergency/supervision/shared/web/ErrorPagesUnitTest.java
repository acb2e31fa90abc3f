package cn.sh.emergency.supervision.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** The Chinese error page of each status, as Spring Boot's error controller renders it for a browser. */
class ErrorPagesUnitTest {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @ParameterizedTest
  @CsvSource({
      "400, /camunda/app/tasklist/default/, 请求有误",
      "401, /camunda/app/tasklist/default/, 请先登录",
      "403, /camunda/app/cockpit/default/, 驾驶舱（流程监控）仅向负责人和系统管理员开放",
      "403, /camunda/app/admin/default/, 系统管理仅向系统管理员开放",
      "403, /somewhere, 无权访问",
      "404, /camunda/app/tasklist/no-such.js, 页面不存在",
      "405, /camunda/app/tasklist/default/, 操作方式不正确",
      "500, /camunda/app/tasklist/default/, 系统内部错误",
      "502, /camunda/app/tasklist/default/, 系统内部错误",
      "503, /camunda/app/tasklist/default/, 系统暂时不可用"
  })
  void eachStatusHasAChinesePageWithTheWayBackToTasklist(int code, String path, String text) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute("jakarta.servlet.error.request_uri", path);
    request.addHeader("Accept", BROWSER);
    MockHttpServletResponse response = new MockHttpServletResponse();

    ModelAndView page = new ErrorPages().resolveErrorView(request, HttpStatus.valueOf(code), Map.of());
    page.getView().render(Map.of(), request, response);

    String html = response.getContentAsString();
    assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains(text)
        .contains("<a class=\"button\" href=\"/camunda/app/tasklist/\">返回任务列表</a>")
        .contains("错误代码：" + code)
        .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain(path).doesNotContain("<script");
    String visible = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
    assertThat(visible).doesNotContainPattern("[A-Za-z]{2,}");
  }

  @Test
  void theLinkBackKeepsTheContextPath() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/supervision/error");
    request.setContextPath("/supervision");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new ErrorPages().resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of()).getView()
        .render(Map.of(), request, response);
    assertThat(response.getContentAsString()).contains("href=\"/supervision/camunda/app/tasklist/\"");
  }

  @Test
  void onlyBrowsersNavigatingToPagesGetThePage() {
    assertThat(ErrorPages.wantsPage(request("/camunda/app/tasklist/x.js", BROWSER))).isTrue();
    assertThat(ErrorPages.wantsPage(request("/no-such-page", BROWSER))).isTrue();
    assertThat(ErrorPages.wantsPage(request("/camunda/app/tasklist/x.js", "application/json"))).isFalse();
    assertThat(ErrorPages.wantsPage(request("/camunda/app/tasklist/x.js", "*/*"))).isFalse();
    assertThat(ErrorPages.wantsPage(request("/api/cases/HZ-1", BROWSER))).isFalse();
    assertThat(ErrorPages.wantsPage(request("/dashboard/api/kpis", BROWSER))).isFalse();
    assertThat(ErrorPages.wantsPage(request("/engine-rest/task", BROWSER))).isFalse();
  }

  private static MockHttpServletRequest request(String path, String accept) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.addHeader("Accept", accept);
    return request;
  }
}
