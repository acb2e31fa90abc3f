package cn.sh.emergency.supervision.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, for browser tests of the webapps. Browser tests
 * are skipped loudly when they are not installed, or fail when {@code SUPERVISION_REQUIRE_BROWSER=true} (CI installs
 * them and sets it).
 */
public final class HeadlessChromium implements ExecutionCondition {

  private static final Path BROWSER = Path.of(env("SUPERVISION_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(env("SUPERVISION_CHROMEDRIVER", "/usr/bin/chromedriver"));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
    }
    String reason = "no Chromium/ChromeDriver at " + BROWSER + " / " + DRIVER
        + " (apt-get install chromium chromium-driver)";
    if (Boolean.parseBoolean(env("SUPERVISION_REQUIRE_BROWSER", "false"))) {
      throw new IllegalStateException("SUPERVISION_REQUIRE_BROWSER=true but " + reason);
    }
    System.err.println("\n***** SKIPPING browser tests: " + reason + " *****\n");
    return ConditionEvaluationResult.disabled("SKIPPED: " + reason);
  }

  /** A browser whose preferred language is the given one, e.g. {@code zh-CN}. */
  public static ChromeDriver start(String language) {
    return start(options(language));
  }

  /**
   * A browser that also records what it sends, as DevTools' network panel shows it (the headers of each request as
   * they went out, {@code Authorization} included): the {@code performance} log.
   */
  public static ChromeDriver startRecordingNetwork(String language) {
    ChromeOptions options = options(language);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return start(options);
  }

  private static ChromeOptions options(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    return options;
  }

  private static ChromeDriver start(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
