package cn.sh.emergency.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistApi;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard shares the webapps' session: a Tasklist login opens it without a second login, its own login form
 * logs in to the webapps too, and a logout of either ends both. Its pages send strangers to the login page (and back
 * to the page they asked for), its data calls answer 401/403 in Chinese, changes need the dashboard's own CSRF token
 * (cookie {@code SUPERVISION-XSRF-TOKEN}, header {@code X-SUPERVISION-XSRF-TOKEN}), and its session does not open
 * {@code /api}.
 */
@PostgresIntegrationTest
class DashboardSecurityIntegrationTest {

  static final String CSRF_HEADER = "X-SUPERVISION-XSRF-TOKEN";

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
  void aTasklistLoginOpensTheDashboardAndTasklistsLogoutClosesIt() {
    TasklistApi tasklist = TasklistApi.logIn(port, "jingan-handler", PlatformSample.PASSWORD);
    assertThat(tasklist.get("/dashboard/", "text/html").statusCode()).isEqualTo(200);
    HttpResponse<String> mine = tasklist.get("/dashboard/api/kpis", "application/json");
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    // The user's districts are those of the webapps' login: another district is refused.
    assertThat(tasklist.get("/dashboard/api/kpis?district=changning", "application/json").statusCode())
        .isEqualTo(403);

    assertThat(tasklist.logOut().statusCode()).isEqualTo(200);
    assertThat(tasklist.get("/dashboard/api/kpis", "application/json").statusCode()).isEqualTo(401);
    HttpResponse<String> page = tasklist.get("/dashboard/", "text/html");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/login.html"));
  }

  @Test
  void theDashboardsLoginLogsInToTheWebappsAndItsLogoutEndsBoth() throws Exception {
    logIn("jingan-leader", PlatformSample.PASSWORD);
    HttpResponse<String> webapps = get("/camunda/api/admin/auth/user/default");
    assertThat(webapps.statusCode()).isEqualTo(200);
    assertThat(webapps.body()).contains("\"userId\":\"jingan-leader\"", "tasklist");

    // The login replaced the token; the next page hands out a new one.
    get("/dashboard/");
    HttpResponse<String> logout = post("/dashboard/logout", "application/x-www-form-urlencoded",
        "_csrf=" + encode(token()), CSRF_HEADER, null);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("login.html?logout"));
    assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);
    assertThat(get("/dashboard/api/kpis").statusCode()).isEqualTo(401);
  }

  @Test
  void theTokenHasACookieAndHeaderOfItsOwnAndTheSessionCookieIsSameSite() throws Exception {
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/dashboard/login.html"))
        .header("Cookie", "XSRF-TOKEN=left-from-before").GET().build(), HttpResponse.BodyHandlers.ofString());
    List<String> set = page.headers().allValues("Set-Cookie");
    assertThat(set).anySatisfy(c -> assertThat(c).startsWith("SUPERVISION-XSRF-TOKEN=").contains("Path=/;")
        .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly"));
    // The dashboard's former cookie of the webapps' name is dropped; the webapps' own lives under /camunda.
    assertThat(set).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=;").contains("Max-Age=0", "Path=/"));

    HttpResponse<String> login = logIn("jingan-leader", PlatformSample.PASSWORD);
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
    get("/dashboard/");
    String urge = "/dashboard/api/cases/HZ-JINGAN-2026-999999/urge";
    assertThat(post(urge, "application/json", "{}", "X-XSRF-TOKEN", token()).statusCode()).isEqualTo(403);
    assertThat(post(urge, "application/json", "{}", CSRF_HEADER, token()).statusCode()).isEqualTo(404);
  }

  @Test
  void aPageAskedForBeforeLoggingInIsWhereTheLoginLeads() throws Exception {
    HttpResponse<String> page = get("/dashboard/case.html?caseNo=HZ-JINGAN-2026-000001");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(get("/dashboard/api/cases/mine?list=done").statusCode()).isEqualTo(401);
    HttpResponse<String> login = logIn("jingan-leader", PlatformSample.PASSWORD);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/dashboard/case.html?caseNo=HZ-JINGAN-2026-000001"));
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
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token());
    return post("/dashboard/login", "application/x-www-form-urlencoded", form, CSRF_HEADER, null);
  }

  private String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SUPERVISION-XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private HttpResponse<String> post(String path, String contentType, String body, String tokenHeader, String token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header(tokenHeader, token);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
