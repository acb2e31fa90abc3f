package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Chinese locales of the four Camunda webapps against the English files the Camunda webjar of this
 * build ships (read from the classpath, so a Camunda upgrade is checked against its own files): the same keys, the
 * same placeholders and markup, nothing left in English; each app offers Chinese first; and the vendor's banner is
 * hidden in each. Tasklist's filter dialog passes its English criteria (group, label, help) through the translation
 * filter as they are, so Tasklist's locale also has those texts as keys: exactly those of the shipped bundle.
 */
class WebappLocalesUnitTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|\\{}");
  private static final Pattern TAG = Pattern.compile("<(/?(?:a|b|br|code|div|em|i|li|p|span|strong|ul))\\b[^>]*>");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
  /**
   * What may stay Latin inside a Chinese label: names of products and formats, abbreviations an administrator looks
   * up as they are, key names.
   */
  private static final Set<String> TECHNICAL = Set.of("ID", "CSV", "JSON", "DMN", "BPMN", "CMMN", "XML", "API",
      "LDAP", "PI", "DI", "FNI", "EDE", "TU", "Ctrl", "Camunda", "Optimize", "Promise", "resolve", "null", "cockpit",
      "tasklist");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void chineseHasEveryKeyPlaceholderAndTagOfTheShippedEnglish(String app) throws IOException {
    Map<String, String> en = english(app);
    Map<String, String> zh = flatten(read(APPS + app + "/locales/zh.json"));

    assertThat(zh.keySet()).as("keys of %s/locales/zh.json", app).isEqualTo(en.keySet());
    assertThat(en).hasSizeGreaterThan(150);
    for (Map.Entry<String, String> entry : en.entrySet()) {
      String key = entry.getKey();
      String zhValue = zh.get(key);
      assertThat(placeholders(zhValue)).as(app + key).isEqualTo(placeholders(entry.getValue()));
      assertThat(tags(zhValue)).as(app + key).isEqualTo(tags(entry.getValue()));
      assertThat(code(zhValue)).as(app + key).isEqualTo(code(entry.getValue()));
    }
  }

  @Test
  void tasklistTranslatesTheCriteriaOfItsFilterDialog() throws IOException {
    assertThat(filterCriteria("tasklist")).hasSizeGreaterThan(40)
        .contains("Process Instance", "Business Key Like", "Candidate Groups", "Follow Up Before or Not Existent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void nothingIsLeftInEnglish(String app) throws IOException {
    Map<String, String> en = english(app);
    Map<String, String> zh = flatten(read(APPS + app + "/locales/zh.json"));

    List<String> english = new ArrayList<>();
    int translated = 0;
    for (Map.Entry<String, String> entry : zh.entrySet()) {
      String value = entry.getValue();
      if (value.isEmpty()) {
        // English plural endings ("s" after a count) have no Chinese counterpart.
        assertThat(en.get(entry.getKey()).trim()).as(app + entry.getKey()).isIn("s", "");
        continue;
      }
      Set<String> words = latinWords(momentFormat(entry.getKey()) ? bracketed(value) : value);
      words.removeAll(TECHNICAL);
      if (!words.isEmpty()) {
        english.add(entry.getKey() + " = " + value);
      }
      if (value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        translated++;
      }
    }
    assertThat(english).as("labels of %s/locales/zh.json still in English", app).isEmpty();
    assertThat(translated).as("labels in Chinese").isGreaterThan(en.size() * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void chineseIsOfferedFirst(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'")
        .contains("vendor: '区应急管理局'").contains("disableWelcomeMessage: true");
  }

  /**
   * Camunda 7.24 puts its end-of-life banner into the header of every app as {@code <div class="ce-eol-banner">},
   * shown whenever {@code isCommunityEdition} (always true); each app's user stylesheet hides it. Should an upgrade
   * rename the class, the first assertion fails and the stylesheets need the new one.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void theVendorBannerIsHidden(String app) throws IOException {
    String bundle = text(APPS + app + "/camunda-" + app + "-bootstrap.js");
    assertThat(bundle).contains("class=\"ce-eol-banner\"");
    assertThat(text(APPS + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
        .contains("[cam-widget-header] .ce-eol-banner { display: none !important; }");
  }

  /** The shipped English texts of an app: its locale file and, for Tasklist, the criteria of the filter dialog. */
  private static Map<String, String> english(String app) throws IOException {
    Map<String, String> en = flatten(read(APPS + app + "/locales/en.json"));
    for (String text : filterCriteria(app)) {
      en.put(".labels." + text, text);
    }
    return en;
  }

  /**
   * The English literals of Tasklist's filter criteria module: the module of the bundle that defines the groups
   * ({@code {group:"Process Instance",options:[{name:…,label:"Business Key",help:…}]}}) and their help texts.
   */
  private static Set<String> filterCriteria(String app) throws IOException {
    Set<String> texts = new TreeSet<>();
    if (!app.equals("tasklist")) {
      return texts;
    }
    String bundle = text(APPS + "tasklist/camunda-tasklist-bootstrap.js");
    int group = bundle.indexOf("{group:\"");
    assertThat(group).as("filter criteria in the Tasklist bundle").isPositive();
    String module = bundle.substring(bundle.lastIndexOf("\"use strict\";", group),
        bundle.indexOf("e.exports=", group));
    Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(module);
    while (literal.find()) {
      if (Character.isUpperCase(literal.group(1).charAt(0))) {
        texts.add(literal.group(1));
      }
    }
    return texts;
  }

  /** Expressions quoted in backticks ({@code `${ now() }`}) are typed as they are: the same in every language. */
  private static List<String> code(String s) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("`[^`]*`").matcher(s);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** Date formats of moment.js: only their bracketed parts are text, the rest are tokens such as LT or dddd. */
  private static boolean momentFormat(String key) {
    return key.startsWith(".dateLocales.calendar.") || key.startsWith(".dateLocales.longDateFormat.");
  }

  private static String bracketed(String format) {
    StringBuilder text = new StringBuilder();
    Matcher m = Pattern.compile("\\[([^\\]]*)]").matcher(format);
    while (m.find()) {
      text.append(m.group(1)).append(' ');
    }
    return text.toString();
  }

  /**
   * The variables table of the shipped widgets heads its action column with a literal "Actions", not a translation
   * key; the stylesheets show 操作 instead (escaped, as the stylesheets are served without a charset). When an upgrade turns it into a key, this fails and the rule can go.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void theActionsHeaderOfTheVariablesTableIsInChinese(String app) throws IOException {
    String bundle = text(APPS + app + "/camunda-" + app + "-bootstrap.js");
    String space = "(?:\\\\n|\\s)+";
    assertThat(bundle).containsPattern("<td class=\"actions\"" + space + "ng-if=\"editable.length\">" + space + "Actions");
    assertThat(text(APPS + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
        .contains("table.cam-table > thead td.actions { font-size: 0; }")
        .contains("table.cam-table > thead td.actions::after { content: \"\\64CD\\4F5C\";");
  }

  private static Set<String> latinWords(String value) {
    String text = value
        .replaceAll("\\{\\{.*?}}", " ")
        .replaceAll("`[^`]*`", " ")
        .replaceAll("<[^>]*>", " ")
        .replaceAll("&[a-z]+;", " ")
        .replaceAll("'[^']*'", " ")
        .replaceAll("(?i)yyyy-mm-ddthh:mm(:ss)?", " ");
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static TreeSet<String> placeholders(String s) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
  }

  private static List<String> tags(String s) {
    List<String> found = new ArrayList<>();
    Matcher m = TAG.matcher(s);
    while (m.find()) {
      found.add(m.group(1).toLowerCase());
    }
    found.sort(null);
    return found;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    flatten("", node, out);
    return out;
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

  static String text(String path) throws IOException {
    try (InputStream in = WebappLocalesUnitTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
