package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.SupervisionApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on its own (random port, own engine name), for tests about start-up itself:
 * restarts on the same database, refusing to start without an administrator. Tag such tests with {@link #TAG}.
 */
public final class StandaloneServer {

  /** JUnit tag of tests that use this; Maven runs them in a JVM of their own (see pom.xml). */
  public static final String TAG = "own-server";

  private StandaloneServer() {
  }

  public static ConfigurableApplicationContext start(String engineName, String jdbcUrl, String profile,
                                                     String... properties) {
    List<String> all = new ArrayList<>(List.of(
        "spring.datasource.url=" + jdbcUrl,
        "server.port=0",
        "camunda.bpm.process-engine-name=" + engineName,
        "camunda.bpm.job-execution.enabled=false",
        "spring.profiles.active=" + profile));
    all.addAll(List.of(properties));
    // Command-line arguments outrank application.yml (builder "properties" would not).
    return new SpringApplicationBuilder(SupervisionApplication.class)
        .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
  }
}
