package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.support.StandaloneServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile ({@code postgres}, here on an in-memory database) behind a TLS-terminating proxy: secure,
 * same-site cookies, HSTS, CSRF protection of the webapps, a 30-minute session, Camunda's password policy and no demo
 * users.
 */
@Tag(StandaloneServer.TAG)
class ProductionSettingsTest {

  private static final String ADMIN = "ops";
  private static final String ADMIN_PASSWORD = "Zhifa-Guanli-2026!";

  private static ConfigurableApplicationContext server;
  private static int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = StandaloneServer.start("default", "jdbc:h2:mem:production-settings;DB_CLOSE_DELAY=-1", "postgres",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "supervision.admin.user=" + ADMIN, "supervision.admin.password=" + ADMIN_PASSWORD);
    port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void webappCookiesAreSecureAndSameSiteAndHstsIsSentOverTls() throws Exception {
    HttpResponse<String> page = send(behindTls("/camunda/app/tasklist/").GET());
    assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=31536000");
    String csrfCookie = cookie(page, "XSRF-TOKEN");
    assertThat(csrfCookie).contains("Secure").containsIgnoringCase("SameSite=Lax");
    String session = cookie(page, "JSESSIONID");
    assertThat(session).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

    HttpResponse<String> login = send(behindTls("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Cookie", nameAndValue(csrfCookie) + "; " + nameAndValue(session))
        .header("X-XSRF-TOKEN", value(csrfCookie))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
        .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
  }

  @Test
  void theDashboardsTokenCookieIsSecureAndSameSite() throws Exception {
    HttpResponse<String> page = send(behindTls("/dashboard/login.html").GET());
    assertThat(cookie(page, "SUPERVISION-XSRF-TOKEN")).contains("Secure", "Path=/;").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void theWebappsRefuseAChangeWithoutTheCsrfToken() throws Exception {
    HttpResponse<String> login = send(behindTls("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as("a login without the token").isEqualTo(403);
  }

  @Test
  void theApiSendsHstsOverTls() throws Exception {
    HttpResponse<String> health = send(behindTls("/actuator/health").GET());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void sessionsEndAfterThirtyMinutesWithoutARequest() {
    assertThat(server.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
  }

  @Test
  void noDemoUsersAndWeakPasswordsAreRefused() {
    IdentityService identity = server.getBean(IdentityService.class);
    assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly(ADMIN);
    User weak = identity.newUser("pudong-handler");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    assertThat(identity.createUserQuery().userId("pudong-handler").count()).isZero();
  }

  private HttpRequest.Builder behindTls(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("X-Forwarded-Proto", "https");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<?> response, String name) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
  }

  private static String nameAndValue(String setCookie) {
    return setCookie.split(";", 2)[0];
  }

  private static String value(String setCookie) {
    return nameAndValue(setCookie).split("=", 2)[1];
  }
}
