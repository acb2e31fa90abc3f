package cn.sh.emergency.supervision.support;

import static org.awaitility.Awaitility.await;

import cn.sh.emergency.supervision.SupervisionApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The server as a process of its own (the test's class path, profiles {@code postgres,dev}, or {@code dev} alone on an
 * H2 address as the embedded default), so that it can be killed with SIGKILL in the middle of its work and started
 * again on the same database.
 */
public final class ServerProcess implements AutoCloseable {

  /** The embedded default's user (its password is empty). */
  public static final String H2_USER = "sa";
  static final String FIXED_CLOCK_PROFILE = "fixed-clock";

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server on {@code jdbcUrl} with the engine clock at {@code engineTime}; waits until it is healthy. */
  public static ServerProcess start(String jdbcUrl, String engineTime, Path log, String... properties)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), SupervisionApplication.class.getName(),
        "--spring.profiles.active=" + (embedded(jdbcUrl) ? "" : "postgres,") + "dev," + FIXED_CLOCK_PROFILE,
        "--supervision.test.engine-time=" + engineTime,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + (embedded(jdbcUrl) ? H2_USER : PostgresTestDatabase.USER),
        "--spring.datasource.password=" + (embedded(jdbcUrl) ? "" : PostgresTestDatabase.PASSWORD),
        "--server.port=" + port,
        "--supervision.evidence.directory=target/server-process/evidence",
        "--supervision.record-anchor.file=" + anchorFile(jdbcUrl),
        "--logging.level.root=warn"));
    for (String property : properties) {
      command.add("--" + property);
    }
    File logFile = log.toFile();
    logFile.getParentFile().mkdirs();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile)).start();
    ServerProcess server = new ServerProcess(process, port);
    server.awaitHealthy(START_WITHIN, log);
    return server;
  }

  /** One anchor file per database and test run: restarts on the database keep it, the next run starts anew. */
  private static Path anchorFile(String jdbcUrl) {
    return Path.of("target", "server-process", "anchors",
        RUN + "-" + jdbcUrl.replaceAll("[^A-Za-z0-9]+", "_") + ".jsonl");
  }

  /** An H2 address: the server runs as the embedded default does (profile dev, without postgres). */
  public static boolean embedded(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  public int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook, no transaction finished, no lock released. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * How long a server process may take to become healthy: about 40 s on an idle machine; two nodes starting at once on
   * two cores both busy with other work took over 3 minutes, so the bound is generous.
   */
  private static final Duration START_WITHIN = Duration.ofMinutes(8);
  private static final String RUN = UUID.randomUUID().toString();

  private void awaitHealthy(Duration within, Path log) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    await("health of the server process (" + log + ")").atMost(within).pollInterval(Duration.ofMillis(500))
        .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("the server process ended during start-up; see " + log);
          }
          return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
