package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.shared.District;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist script that puts Camunda Forms (form-js) and the task card's district into Chinese, against the
 * form-js bundle of this build's Camunda webjar ({@code lib/deps.js} from the classpath): every validation message
 * form-js can show has a Chinese text, every text the script translates is still in the bundle (an upgrade that
 * rewords one fails here), and the districts are those of {@link District}.
 */
class TasklistFormTextsUnitTest {

  private static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/scripts/chinese-texts.js";
  private static final String FORM_JS = "META-INF/resources/webjars/camunda/lib/deps.js";
  private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
  private static final String TEMPLATE = "`([^`]*)`";
  /** {@code errors.push("…")} or {@code errors.push(`…${x}…`)}: form-js's validator. */
  private static final Pattern PUSHED = Pattern.compile("\\.push\\((?:" + STRING + "|" + TEMPLATE + ")\\)");
  /** {@code errors.push("a "+(c?"b":`c`)+".")}: a validator message with a choice in the middle. */
  private static final Pattern PUSHED_CHOICE = Pattern.compile("\\.push\\(\"([^\"]*)\"\\+\\([^?]*\\?(?:"
      + STRING + "|" + TEMPLATE + "):(?:" + STRING + "|" + TEMPLATE + ")\\)\\+\"([^\"]*)\"\\)");
  private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** The other English texts of the form-js viewer that our forms can show, each with how the bundle spells it. */
  private static final Map<String, String> SHOWN = Map.of(
      "Select", "||\"Select\"",
      "Search", "placeholder:\"Search\"",
      "No results", "\"No results\"",
      "All values selected", "\"All values selected\"",
      "Date and time must both be entered.", "\"Date and time must both be entered.\"",
      "Increment", "\"aria-label\":\"Increment\"",
      "Decrement", "\"aria-label\":\"Decrement\"",
      "Remove tag", "title:\"Remove tag\"");

  private static String bundle;
  private static Map<String, String> formTexts;
  private static Map<String, String> districts;

  @BeforeAll
  static void read() throws IOException {
    bundle = WebappLocalesUnitTest.text(FORM_JS);
    String script = WebappLocalesUnitTest.text(SCRIPT);
    formTexts = table(script, "FORM_TEXTS");
    districts = table(script, "DISTRICTS");
  }

  @Test
  void everyValidationMessageOfFormJsHasAChineseText() {
    Set<String> messages = validationMessages();
    assertThat(messages).as("form-js validation messages found in " + FORM_JS)
        .contains("Field is required.", "Field must have maximum length of {}.")
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(formTexts.keySet()).containsAll(messages);
  }

  @Test
  void everyTranslatedTextIsStillShownByFormJs() {
    SHOWN.forEach((text, spelling) -> assertThat(bundle).as(text).contains(spelling));
    Set<String> shown = new TreeSet<>(validationMessages());
    shown.addAll(SHOWN.keySet());
    assertThat(shown).as("texts of the form-js bundle").containsAll(formTexts.keySet());
  }

  @Test
  void theChineseTextsAreChineseAndKeepTheValues() {
    formTexts.forEach((english, chinese) -> {
      assertThat(HAN.matcher(chinese).find()).as(english).isTrue();
      assertThat(chinese).as(english).doesNotContainPattern("[A-Za-z]{2,}");
      int values = english.split("\\{}", -1).length - 1;
      Matcher used = Pattern.compile("\\{(\\d)}").matcher(chinese);
      while (used.find()) {
        assertThat(Integer.parseInt(used.group(1))).as(english).isLessThan(values);
      }
    });
  }

  @Test
  void theDistrictsAreThoseOfTheDistrictEnum() {
    Map<String, String> expected = Arrays.stream(District.values())
        .collect(Collectors.toMap(District::code, District::chineseName));
    assertThat(districts).isEqualTo(expected);
  }

  private static Set<String> validationMessages() {
    Set<String> messages = new TreeSet<>();
    Matcher m = PUSHED.matcher(bundle);
    while (m.find()) {
      addMessage(messages, m.group(1) != null ? m.group(1) : m.group(2));
    }
    Matcher choice = PUSHED_CHOICE.matcher(bundle);
    while (choice.find()) {
      String first = choice.group(2) != null ? choice.group(2) : choice.group(3);
      String second = choice.group(4) != null ? choice.group(4) : choice.group(5);
      addMessage(messages, choice.group(1) + first + choice.group(6));
      addMessage(messages, choice.group(1) + second + choice.group(6));
    }
    return messages;
  }

  /** Sentences only ("Field is required."), not the bundle's other pushes of a word or a code. */
  private static void addMessage(Set<String> messages, String literal) {
    if (literal.matches("[A-Z][a-z]+ .*")) {
      messages.add(INTERPOLATION.matcher(literal).replaceAll("{}"));
    }
  }

  private static Map<String, String> table(String script, String name) throws IOException {
    Matcher m = Pattern.compile("// BEGIN " + name + "\\s+const " + name + " = (\\{.*?});\\s+// END " + name,
        Pattern.DOTALL).matcher(script);
    assertThat(m.find()).as(name + " in " + SCRIPT).isTrue();
    return new ObjectMapper().readValue(m.group(1), new TypeReference<LinkedHashMap<String, String>>() { });
  }
}
