package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.penalty.LegalArticle;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The statute texts cannot go stale: every key the main code asks {@link StatuteTexts} for is in
 * {@code documents/statutes.properties}, and every key there is asked for (by the code, or by another text as
 * {@code ${key}}). The code asks with a literal key ({@code StatuteTexts.text("penalty.decision.payment", …)}); the
 * only keys built at run time are an article's, {@code "article." + code} and its {@code .subject}, which exist for
 * exactly the codes of {@link LegalArticle}.
 */
class StatuteTextsUnitTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern ASKED = Pattern.compile("StatuteTexts\\.text\\(\\s*\"([^\"]+)\"(\\s*\\+)?");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
  private static final String ARTICLE = "article.";

  @Test
  void everyKeyAskedForIsInTheFileAndEveryKeyInTheFileIsAskedFor() throws IOException {
    Properties file = file();
    Set<String> literal = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(MAIN)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher asked = ASKED.matcher(Files.readString(source));
        while (asked.find()) {
          (asked.group(2) != null ? prefixes : literal).add(asked.group(1));
        }
      }
    }
    assertThat(literal).as("keys the code asks for").hasSizeGreaterThan(10);
    assertThat(prefixes).as("keys built at run time (only an article's)").containsExactly(ARTICLE);

    Set<String> missing = new TreeSet<>(literal);
    missing.removeAll(file.stringPropertyNames());
    Set<String> used = new TreeSet<>(literal);
    for (LegalArticle article : LegalArticle.values()) {
      used.add(ARTICLE + article.code());
      used.add(ARTICLE + article.code() + ".subject");
    }
    for (String key : file.stringPropertyNames()) {
      Matcher reference = REFERENCE.matcher(file.getProperty(key));
      while (reference.find()) {
        used.add(reference.group(1));
      }
    }
    Set<String> unused = new TreeSet<>(file.stringPropertyNames());
    unused.removeAll(used);
    SoftAssertions.assertSoftly(softly -> {
      softly.assertThat(missing).as("keys the code asks for, missing from " + StatuteTexts.RESOURCE).isEmpty();
      softly.assertThat(unused).as("keys of " + StatuteTexts.RESOURCE + " nothing asks for (stale texts)").isEmpty();
    });
  }

  @Test
  void everyTextResolvesAndEveryArticleHasItsWords() throws IOException {
    Properties file = file();
    for (String key : file.stringPropertyNames()) {
      assertThat(file.getProperty(key)).as(key + ": MessageFormat would drop an ASCII apostrophe").doesNotContain("'");
      assertThat(StatuteTexts.text(key, "甲", "乙")).as(key).doesNotContain("${").doesNotContain("{0}");
    }
    assertThat(Arrays.stream(LegalArticle.values()).map(LegalArticle::citation).collect(Collectors.toList()))
        .allMatch(c -> (c.startsWith("《中华人民共和国安全生产法》第") || c.startsWith("《生产安全事故报告和调查处理条例》第"))
            && c.endsWith("条"));
    assertThat(LegalArticle.ARR_36.citation()).isEqualTo("《生产安全事故报告和调查处理条例》第三十六条");
    assertThat(LegalArticle.SPL_95.chineseName()).isEqualTo("《安全生产法》第九十五条（主要负责人未履职导致事故）");
    assertThatThrownBy(() -> StatuteTexts.text("no.such.key")).hasMessageContaining("no.such.key");
  }

  @Test
  void fillsInThePartsThatVaryWithoutGroupingNumbers() {
    assertThat(StatuteTexts.text("penalty.notice.statement-right", "单位", 3000))
        .startsWith("依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。")
        .contains("收到本告知书之日起3000个工作日内");
    assertThat(StatuteTexts.text("documents.remedies", "本决定", "上海市静安区"))
        .isEqualTo("如不服本决定，可以依法在六十日内向上海市静安区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼，"
            + "但本决定不停止执行，法律另有规定的除外。");
  }

  private static Properties file() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource(StatuteTexts.RESOURCE).getInputStream(),
        StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
