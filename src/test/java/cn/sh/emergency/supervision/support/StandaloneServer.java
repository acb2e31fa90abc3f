package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.SupervisionApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on its own (random port, own engine name), for tests about start-up itself:
 * restarts on the same database, refusing to start without an administrator. Tag such tests with {@link #TAG}.
 */
public final class StandaloneServer {

  /** JUnit tag of tests that use this; Maven runs them in a JVM of their own (see pom.xml). */
  public static final String TAG = "own-server";

  /** The anchor key of these starts (the dev profile has its own; a production profile has none). */
  public static final String TEST_ANCHOR_KEY = "standalone-test-record-anchor-key-0123456789";

  private StandaloneServer() {
  }

  public static ConfigurableApplicationContext start(String engineName, String jdbcUrl, String profile,
                                                     String... properties) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("spring.datasource.url", jdbcUrl);
    all.put("server.port", "0");
    all.put("camunda.bpm.process-engine-name", engineName);
    all.put("camunda.bpm.job-execution.enabled", "false");
    all.put("spring.profiles.active", profile);
    // Each start on a database of its own, so an anchor file of its own; production profiles need a key.
    all.put("supervision.record-anchor.file", "target/record-anchors/" + engineName + "-" + UUID.randomUUID()
        + ".jsonl");
    all.put("supervision.record-anchor.key", TEST_ANCHOR_KEY);
    for (String property : properties) {
      int equals = property.indexOf('=');
      all.put(property.substring(0, equals), property.substring(equals + 1));
    }
    // The webapps' filters find their application context through a static field, which a start that failed (as
    // AdministratorStartupTest's does on purpose) leaves pointing at the failed context; the next start would then
    // initialise its filters from that one and fail. Cleared here, as a closed context clears it.
    new LazyInitRegistration().setApplicationContext(null);
    // Command-line arguments outrank application.yml (builder "properties" would not); one per name, since a
    // repeated argument would join its values.
    return new SpringApplicationBuilder(SupervisionApplication.class)
        .run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }
}
