package cn.sh.emergency.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.InvestigatingLevel;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.penalty.LegalArticle;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.Sector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms never show a code where a person reads a name: a field showing a district, sector, article of
 * law, grade, level, decision type or party kind is a select (or radio group) whose options carry the Chinese name of
 * every code the process can hold, so Tasklist shows 《安全生产法》第一百零二条… instead of SPL-102, also read-only.
 */
class FormCodeLabelsUnitTest {

  private static final Map<String, Set<String>> CODES = Map.ofEntries(
      Map.entry("district", names(District.values(), District::code)),
      Map.entry("sector", names(Sector.values(), Sector::name)),
      Map.entry("legalBasisArticle", Set.of(LegalArticle.codes())),
      Map.entry("principalLegalBasisArticle", Set.of()),
      Map.entry("managerLegalBasisArticle", Set.of()),
      Map.entry("accidentGrade", Set.copyOf(AccidentProcess.Grade.ALL)),
      Map.entry("grade", Set.copyOf(AccidentProcess.Grade.ALL)),
      Map.entry("investigatingLevel", names(InvestigatingLevel.values(), InvestigatingLevel::name)),
      Map.entry("decisionType", names(DecisionType.values(), DecisionType::name)),
      Map.entry("partyKind", names(PartyKind.values(), PartyKind::name)),
      Map.entry("hazardLevel", Set.of()),
      Map.entry("suspension", Set.of()));
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  void codesAreShownWithTheirChineseNames() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        checked += check(form.getFilename(), new ObjectMapper().readTree(in).path("components"), wrong);
      }
    }
    assertThat(checked).as("code fields in the forms").isGreaterThan(30);
    assertThat(wrong).isEmpty();
  }

  private static int check(String form, JsonNode components, List<String> wrong) {
    int checked = 0;
    for (JsonNode component : components) {
      checked += check(form, component.path("components"), wrong);
      String key = component.path("key").asText("");
      if (!CODES.containsKey(key)) {
        continue;
      }
      checked++;
      String field = form + " " + key;
      String type = component.path("type").asText();
      if (!type.equals("select") && !type.equals("radio")) {
        wrong.add(field + ": a " + type + " shows the code; make it a select with Chinese labels");
        continue;
      }
      Set<String> values = new TreeSet<>();
      for (JsonNode option : component.path("values")) {
        values.add(option.path("value").asText());
        if (!HAN.matcher(option.path("label").asText()).find()) {
          wrong.add(field + ": option " + option.path("value").asText() + " has no Chinese label");
        }
      }
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (values.isEmpty()) {
        wrong.add(field + ": no options");
      } else if (readOnly && !values.containsAll(CODES.get(key))) {
        Set<String> missing = new TreeSet<>(CODES.get(key));
        missing.removeAll(values);
        wrong.add(field + ": read-only, but no name for " + missing);
      }
    }
    return checked;
  }

  private static <T> Set<String> names(T[] values, Function<T, String> code) {
    return Arrays.stream(values).map(code).collect(Collectors.toSet());
  }
}
