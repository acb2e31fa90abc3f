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
 * The engine API as Tasklist calls it ({@code /camunda/api/engine/engine/default/…}): logged in to the webapps with a
 * session and the webapps' CSRF token, the way a browser would.
 */
public final class TasklistApi {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  private TasklistApi(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public static TasklistApi logIn(int port, String user, String password) {
    TasklistApi api = new TasklistApi(port);
    try {
      api.client.send(HttpRequest.newBuilder(api.uri("/camunda/app/tasklist/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> login = api.client.send(HttpRequest.newBuilder(
              api.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("X-XSRF-TOKEN", api.csrfToken())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new AssertionError("Tasklist login of " + user + " failed: " + login.statusCode());
      }
      // The login starts a new session; its first request hands out the session's own token.
      api.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).toList()
          .forEach(c -> api.cookies.getCookieStore().remove(null, c));
      api.client.send(HttpRequest.newBuilder(api.uri("/camunda/api/engine/engine/default/task/count")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return api;
  }

  /** A call with a JSON body to {@code /camunda/api/engine/engine/default/} + path. */
  public HttpResponse<String> send(String method, String path, String json) {
    try {
      return client.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/" + path))
          .header("X-XSRF-TOKEN", csrfToken())
          .header("Content-Type", "application/json")
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GET in the logged-in session, as a browser ({@code text/html,…}) or another client asks for it. */
  public HttpResponse<String> get(String path, String accept) {
    try {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Logs out of the webapps as Tasklist's 退出 does; the session stays, without the login. */
  public HttpResponse<String> logOut() {
    try {
      return client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
          .header("X-XSRF-TOKEN", csrfToken())
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
