package cn.sh.emergency.supervision.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The log-in forms as a browser sends them: the webapps' ({@code /camunda/api/admin/auth/user/default/login/{app}},
 * with the webapps' CSRF token) and the dashboard's ({@code /dashboard/login}, with the dashboard's token). The pages
 * that hand out the tokens are opened once, by {@link #open(int)}; the forms can then be sent any number of times.
 */
public final class LogInForms {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private LogInForms(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Opens Tasklist's and the dashboard's log-in pages, which start a session and hand out both tokens. */
  public static LogInForms open(int port) {
    LogInForms forms = new LogInForms(port);
    forms.send(HttpRequest.newBuilder(forms.uri("/camunda/app/tasklist/")).GET());
    forms.send(HttpRequest.newBuilder(forms.uri("/dashboard/login.html")).GET());
    return forms;
  }

  /** Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) as its log-in page does. */
  public HttpResponse<String> webapp(String app, String user, String password) {
    return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("X-XSRF-TOKEN", token("XSRF-TOKEN"))
        .header("Accept", "application/json, text/plain, */*")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
  }

  /** Sends the dashboard's log-in form. */
  public HttpResponse<String> dashboard(String user, String password) {
    return send(HttpRequest.newBuilder(uri("/dashboard/login"))
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)
            + "&_csrf=" + encode(token("SUPERVISION-XSRF-TOKEN")))));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String token(String cookie) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(cookie))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no cookie " + cookie));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
