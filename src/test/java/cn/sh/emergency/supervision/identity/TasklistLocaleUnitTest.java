package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Chinese locales against the English files the Camunda webjar ships: the same keys, the same
 * placeholders, nothing left in English; and the app configured to offer Chinese first.
 */
class TasklistLocaleUnitTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseHasEveryKeyAndPlaceholderOfTheShippedEnglish(String app) throws IOException {
    JsonNode english = read(APPS + app + "/locales/en.json");
    JsonNode chinese = read(APPS + app + "/locales/zh.json");
    Map<String, String> en = new java.util.TreeMap<>();
    Map<String, String> zh = new java.util.TreeMap<>();
    flatten("", english, en);
    flatten("", chinese, zh);

    assertThat(zh.keySet()).isEqualTo(en.keySet());
    assertThat(en).hasSizeGreaterThan(150);
    int translated = 0;
    for (Map.Entry<String, String> entry : en.entrySet()) {
      String zhValue = zh.get(entry.getKey());
      assertThat(placeholders(zhValue)).as(entry.getKey()).isEqualTo(placeholders(entry.getValue()));
      if (zhValue.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        translated++;
      }
    }
    assertThat(translated).as("labels in Chinese").isGreaterThan(en.size() * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseIsOfferedFirst(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
  }

  private static TreeSet<String> placeholders(String s) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.put(prefix, node.asText());
    }
  }

  private static JsonNode read(String path) throws IOException {
    String text = text(path);
    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String text(String path) throws IOException {
    try (InputStream in = TasklistLocaleUnitTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
