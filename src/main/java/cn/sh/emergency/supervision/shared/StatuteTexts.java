package cn.sh.emergency.supervision.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The wording of the statutes: law titles, article citations and the documents' paragraphs that cite a statute, from
 * {@value #RESOURCE} (UTF-8), so the law's words are edited there and not in Java. A text may contain another as
 * {@code ${key}} (a law's title), and the parts that vary ({@code {0}}, {@code {1}} …) are filled in as
 * {@link MessageFormat} does; numbers are written as they are, without grouping. {@code StatuteTextsUnitTest} checks
 * that every key the code asks for is in the file and every key in the file is asked for.
 */
public final class StatuteTexts {

  static final String RESOURCE = "documents/statutes.properties";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
  private static final Map<String, String> TEXTS = load();

  private StatuteTexts() {
  }

  /** The text of a key, its placeholders filled with the arguments. */
  public static String text(String key, Object... arguments) {
    String text = TEXTS.get(key);
    if (text == null) {
      throw new IllegalArgumentException("没有法条文本：" + key + "（" + RESOURCE + "）");
    }
    Object[] written = Arrays.stream(arguments).map(a -> a instanceof Number ? a.toString() : a).toArray();
    return new MessageFormat(text, Locale.ROOT).format(written);
  }

  private static Map<String, String> load() {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
        StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      texts.put(key, resolve(properties, key, 0));
    }
    return Collections.unmodifiableMap(texts);
  }

  private static String resolve(Properties properties, String key, int depth) {
    String text = properties.getProperty(key);
    if (text == null || depth > 5) {
      throw new IllegalStateException(RESOURCE + " 中的引用无法解析：" + key);
    }
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      String inner = resolve(properties, reference.group(1), depth + 1);
      reference.appendReplacement(resolved, Matcher.quoteReplacement(inner));
    }
    reference.appendTail(resolved);
    return resolved.toString();
  }
}
