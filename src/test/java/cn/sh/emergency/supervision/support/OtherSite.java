package cn.sh.emergency.supervision.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Another site (another origin: another port, and a host name of its choosing) serving fixed HTML pages, as an
 * attacker's page would: the browser tests open it and watch what its forms can do to this server.
 */
public final class OtherSite implements AutoCloseable {

  private final String host;
  private final HttpServer server;

  private OtherSite(String host, HttpServer server) {
    this.host = host;
    this.server = server;
  }

  /** Serves each page (path → whole HTML document) on {@code host} (e.g. {@code localhost}, {@code 127.0.0.1}). */
  public static OtherSite serving(String host, Map<String, String> pages) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
    pages.forEach((path, html) -> server.createContext(path, exchange -> {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }));
    server.start();
    return new OtherSite(host, server);
  }

  /** The page's address, e.g. {@code http://127.0.0.1:41234/evidence.html}. */
  public String url(String path) {
    return "http://" + host + ":" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
