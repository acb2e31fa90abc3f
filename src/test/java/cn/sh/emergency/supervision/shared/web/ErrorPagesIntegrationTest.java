package cn.sh.emergency.supervision.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistApi;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * No English "Whitelabel Error Page": a browser that meets an error gets the Chinese page with the way back to
 * Tasklist, an API client keeps its JSON body.
 */
@PostgresIntegrationTest
class ErrorPagesIntegrationTest {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String TASKLIST_LINK = "<a class=\"button\" href=\"/camunda/app/tasklist/\">返回任务列表</a>";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate anonymous;

  TasklistApi handler;

  @BeforeEach
  void logIn() {
    handler = TasklistApi.logIn(port, "jingan-handler", "demo");
  }

  /** Tasklist links every task to its process instance in Cockpit; a case handler may not open Cockpit. */
  @Test
  void aCaseHandlerFollowingTheProcessLinkToCockpitGetsTheChinese403Page() {
    HttpResponse<String> page = handler.get("/camunda/app/cockpit/default/", BROWSER);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertChinesePage(page.body()).contains("无权访问").contains("驾驶舱");
  }

  @Test
  void aMissingPageIsTheChinese404Page() {
    HttpResponse<String> page = handler.get("/camunda/app/tasklist/no-such-page.html", BROWSER);

    assertThat(page.statusCode()).isEqualTo(404);
    assertChinesePage(page.body()).contains("页面不存在");
  }

  @Test
  void aClosedAddressIsTheChinese403Page() {
    ResponseEntity<String> page = anonymous.exchange("/no-such-page", HttpMethod.GET, accept(BROWSER), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertChinesePage(page.getBody()).contains("无权访问");
  }

  @Test
  void apiClientsKeepTheirJsonErrors() {
    HttpResponse<String> cockpit = handler.get("/camunda/app/cockpit/default/", "application/json");
    assertThat(cockpit.statusCode()).isEqualTo(403);
    assertThat(cockpit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(cockpit.body()).doesNotContain("<html").doesNotContain("Whitelabel");

    HttpResponse<String> missing = handler.get("/camunda/app/tasklist/no-such-page.html", "application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("资源不存在").doesNotContain("<html");

    ResponseEntity<String> closed = anonymous.getForEntity("/no-such-page", String.class);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(closed.getBody()).contains("此功能已停用").doesNotContain("<html");

    // /api answers for itself, also to a browser.
    ResponseEntity<String> api = anonymous.exchange("/api/cases/HZ-JINGAN-2026-000001", HttpMethod.GET,
        accept(BROWSER), String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("请先登录").doesNotContain("<html");
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertChinesePage(String body) {
    return assertThat(body).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains(TASKLIST_LINK)
        .doesNotContain("Whitelabel").doesNotContain("Exception").doesNotContain("Forbidden")
        .doesNotContain("Not Found");
  }

  private static HttpEntity<Void> accept(String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    return new HttpEntity<>(headers);
  }
}
