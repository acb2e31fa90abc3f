package cn.sh.emergency.supervision.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls a server over loopback as a user (HTTP Basic, as scripts and other systems call the API). A connection that
 * fails is an {@link IllegalStateException}.
 */
public final class Http {

  /** Status and body of a response. */
  public record Response(int status, String body) {
  }

  /**
   * A generous bound, not a speed requirement: a node firing thousands of timers on a machine whose cores are busy with
   * other work answers in seconds rather than milliseconds, and the tests using this are about what it answers.
   */
  private static final Duration ANSWER_WITHIN = Duration.ofMinutes(2);

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String password;

  public Http(int port, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.password = password;
  }

  public Response get(String user, String path, String accept) {
    return send(request(user, path).header("Accept", accept).GET().build());
  }

  public Response postJson(String user, String path, String json, String accept) {
    return send(request(user, path).header("Accept", accept).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WITHIN)
        .header("Authorization", "Basic " + credentials);
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
