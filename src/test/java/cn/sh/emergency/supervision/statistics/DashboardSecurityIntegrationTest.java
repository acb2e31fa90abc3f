package cn.sh.emergency.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard logs in with a form and keeps a session: its pages send strangers to the login page, its data calls
 * answer 401/403 in Chinese, changes need the CSRF token, and its session does not open {@code /api}.
 */
@PostgresIntegrationTest
class DashboardSecurityIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  CookieManager cookies;
  HttpClient browser;

  @BeforeEach
  void newBrowser() {
    cookies = new CookieManager();
    browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Test
  void strangersAreSentToTheLoginPageAndDataCallsAnswer401() throws Exception {
    HttpResponse<String> page = get("/dashboard/");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/login.html"));
    assertThat(get("/dashboard/login.html").body()).contains("安全生产执法统计看板", "用户名", "密码");
    HttpResponse<String> data = get("/dashboard/api/kpis");
    assertThat(data.statusCode()).isEqualTo(401);
    assertThat(data.body()).contains("请先登录");
    assertThat(data.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(get("/webjars/echarts/5.5.0/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPage() throws Exception {
    // A user of its own: the identity store delays the next login of a user after a wrong password, which would
    // make the demo users fail other tests.
    String user = "dashboard-probe-" + UUID.randomUUID().toString().substring(0, 8);
    User probe = identityService.newUser(user);
    probe.setPassword(PlatformSample.PASSWORD);
    identityService.saveUser(probe);
    HttpResponse<String> login = logIn(user, "wrong");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("login.html?error"));
    assertThat(get("/dashboard/api/kpis").statusCode()).isEqualTo(401);
  }

  @Test
  void aLoggedInLeaderSeesTheirDistrictOnlyAndChangesNeedTheToken() throws Exception {
    HttpResponse<String> login = logIn("jingan-leader", PlatformSample.PASSWORD);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/"));
    assertThat(get("/dashboard/").statusCode()).isEqualTo(200);
    assertThat(get("/dashboard/api/kpis").statusCode()).isEqualTo(200);
    assertThat(get("/dashboard/api/kpis?district=changning").statusCode()).isEqualTo(403);
    assertThat(get("/dashboard/api/cases?overdue=true").statusCode()).isEqualTo(200);

    HttpResponse<String> noToken = browser.send(HttpRequest.newBuilder(uri("/dashboard/api/cases/HZ-JINGAN-2026-000001/urge"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);

    // The dashboard's session does not open the API, which stays with HTTP Basic.
    assertThat(get("/api/kpis").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> logIn(String user, String password) throws Exception {
    get("/dashboard/login.html");
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
    return browser.send(HttpRequest.newBuilder(uri("/dashboard/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
