package cn.sh.emergency.supervision.casefile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;

/**
 * The Chinese names of the codes the lifecycles' forms decide with (outcomes, grades: {@code APPROVED} 同意,
 * {@code GENERAL} 一般), from {@code casefile/outcomes.properties}; a code without one is shown as it is.
 */
public final class OutcomeNames {

  private static final Properties NAMES = load();

  private OutcomeNames() {
  }

  public static String of(String code) {
    return code == null ? "" : NAMES.getProperty(code, code);
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource("casefile/outcomes.properties").getInputStream(),
        StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
