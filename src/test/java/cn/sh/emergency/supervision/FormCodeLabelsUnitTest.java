package cn.sh.emergency.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.InvestigatingLevel;
import cn.sh.emergency.supervision.hazard.HazardSource;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.inspection.CreditGrade;
import cn.sh.emergency.supervision.inspection.FindingAction;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionResult;
import cn.sh.emergency.supervision.inspection.PlanCategory;
import cn.sh.emergency.supervision.inspection.PlanKind;
import cn.sh.emergency.supervision.inspection.RiskGrade;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.penalty.CriminalOutcome;
import cn.sh.emergency.supervision.penalty.DiscussionConclusion;
import cn.sh.emergency.supervision.penalty.HearingConclusion;
import cn.sh.emergency.supervision.penalty.LegalArticle;
import cn.sh.emergency.supervision.penalty.MitigationGround;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.penalty.PaymentPlanKind;
import cn.sh.emergency.supervision.penalty.PenaltyTreatment;
import cn.sh.emergency.supervision.penalty.PreservationDecision;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.RemedyOutcome;
import cn.sh.emergency.supervision.penalty.ServiceMethod;
import cn.sh.emergency.supervision.penalty.SummaryPenalty;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.Sector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The forms and the decision tables speak the code sets of the Java enums ({@link Coded}), one source per fact:
 * <ul>
 *   <li>A form field keyed with a code-set variable ({@link #FIELDS}) is a select or radio group (never a field
 *       showing the code), each option's value is a code of the enum and its label the enum's Chinese name. The
 *       articles of law are no exception: their Chinese name is the longer label the forms show by design,
 *       《安全生产法》第一百零二条（未采取措施消除事故隐患）, built by {@link LegalArticle} from the statute texts.</li>
 *   <li>A read-only field names every code, whatever the process holds; an editable one offers exactly the enum's
 *       codes, or the subset {@link #SUBSETS} documents (a party's own article: the articles that apply to it).</li>
 *   <li>Every quoted string in an input or output entry of a decision table's column holding a code set (found by
 *       the input expression or the output name, {@link #COLUMNS}) is a code of its enum, and no other column of a
 *       table compares strings unchecked.</li>
 * </ul>
 * Task decisions (APPROVED, RETURNED …) are no code sets: each is one task's answer, worded by its form.
 */
class FormCodeLabelsUnitTest {

  /** Form fields holding a code set, by key. */
  private static final Map<String, Class<? extends Coded>> FIELDS = Map.ofEntries(
      Map.entry("district", District.class),
      Map.entry("sector", Sector.class),
      Map.entry("source", HazardSource.class),
      Map.entry("hazardLevel", HazardLevel.class),
      Map.entry("suspension", Suspension.class),
      Map.entry("grade", AccidentGrade.class),
      Map.entry("accidentGrade", AccidentGrade.class),
      Map.entry("investigatingLevel", InvestigatingLevel.class),
      Map.entry("legalBasisArticle", LegalArticle.class),
      Map.entry("principalLegalBasisArticle", LegalArticle.class),
      Map.entry("managerLegalBasisArticle", LegalArticle.class),
      Map.entry("decisionType", DecisionType.class),
      Map.entry("partyKind", PartyKind.class),
      Map.entry("partyResponse", PartyResponse.class),
      Map.entry("serviceMethod", ServiceMethod.class),
      Map.entry("treatment", PenaltyTreatment.class),
      Map.entry("mitigationGround", MitigationGround.class),
      Map.entry("preservationDecision", PreservationDecision.class),
      Map.entry("discussionConclusion", DiscussionConclusion.class),
      Map.entry("hearingConclusion", HearingConclusion.class),
      Map.entry("criminalOutcome", CriminalOutcome.class),
      Map.entry("remedyKind", RemedyKind.class),
      Map.entry("remedyOutcome", RemedyOutcome.class),
      Map.entry("summaryPenalty", SummaryPenalty.class),
      Map.entry("paymentPlanKind", PaymentPlanKind.class),
      Map.entry("inspectionBasis", InspectionBasis.class),
      Map.entry("inspectionResult", InspectionResult.class),
      Map.entry("findingAction", FindingAction.class),
      Map.entry("planKind", PlanKind.class));

  /**
   * Editable fields that offer part of their code set by design: an inspection is applied for on any basis but a draw;
   * the start of a dual-penalty case names the unit's
   * article ({@code legalBasisArticle}, editable only there) and, optionally, the principal's and the manager's, each
   * among the articles that apply to that party ({@link LegalArticle#appliesTo}).
   */
  private static final Map<String, Set<String>> SUBSETS = Map.of(
      // A drawn inspection (双随机) is opened by its draw, never applied for.
      "inspectionBasis", Set.of(InspectionBasis.PLANNED.code(), InspectionBasis.COMPLAINT.code(),
          InspectionBasis.ASSIGNED.code(), InspectionBasis.REFERRED.code()),
      "legalBasisArticle", articlesFor(PartyKind.UNIT),
      "principalLegalBasisArticle", articlesFor(PartyKind.PRINCIPAL),
      "managerLegalBasisArticle", articlesFor(PartyKind.MANAGER));

  /** Decision-table columns holding a code set: an input by its expression, an output by its name. */
  private static final Map<String, Class<? extends Coded>> COLUMNS = Map.ofEntries(
      Map.entry("grade", AccidentGrade.class),
      Map.entry("accidentGrade", AccidentGrade.class),
      Map.entry("investigatingLevel", InvestigatingLevel.class),
      Map.entry("legalBasisArticle", LegalArticle.class),
      Map.entry("partyKind", PartyKind.class),
      Map.entry("decisionType", DecisionType.class),
      Map.entry("treatment", PenaltyTreatment.class),
      Map.entry("mitigationGround", MitigationGround.class),
      Map.entry("summaryPenalty", SummaryPenalty.class),
      Map.entry("riskGrade", RiskGrade.class),
      Map.entry("creditGrade", CreditGrade.class),
      Map.entry("category", PlanCategory.class));

  /**
   * Decision-table outputs that are wording rather than a code: the article a circumstance rests on, the offence a
   * case is suspected of and the threshold it meets.
   */
  private static final Set<String> WORDING = Set.of("article", "suspectedOffence", "crimeThreshold");

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  @Test
  void formsShowEveryCodeWithTheChineseNameOfItsEnum() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Resource form : resources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        checked += checkForm(name(form, "forms/"), new ObjectMapper().readTree(in).path("components"), wrong);
      }
    }
    assertThat(checked).as("code-set fields in the forms").isGreaterThan(30);
    assertThat(wrong).withFailMessage("The forms disagree with the code-set enums (shared.Coded):%n%s",
        String.join(System.lineSeparator(), wrong)).isEmpty();
  }

  @Test
  void decisionTablesUseOnlyTheCodesOfTheEnums() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Resource dmn : resources("classpath*:processes/**/*.dmn")) {
      try (InputStream in = dmn.getInputStream()) {
        checked += checkTables(name(dmn, "processes/"), Dmn.readModelFromStream(in), wrong);
      }
    }
    assertThat(checked).as("code literals in the decision tables").isGreaterThan(40);
    assertThat(wrong).withFailMessage("The decision tables disagree with the code-set enums (shared.Coded):%n%s",
        String.join(System.lineSeparator(), wrong)).isEmpty();
  }

  private static int checkForm(String form, JsonNode components, List<String> wrong) {
    int checked = 0;
    for (JsonNode component : components) {
      checked += checkForm(form, component.path("components"), wrong);
      String key = component.path("key").asText("");
      Class<? extends Coded> codeSet = FIELDS.get(key);
      if (codeSet == null) {
        continue;
      }
      checked++;
      String field = form + " field '" + key + "' (" + codeSet.getSimpleName() + ")";
      String type = component.path("type").asText();
      if (!type.equals("select") && !type.equals("radio")) {
        wrong.add(field + ": a " + type + " shows the code; make it a select with the enum's Chinese names");
        continue;
      }
      Map<String, String> names = names(codeSet);
      Set<String> offered = new TreeSet<>();
      for (JsonNode option : component.path("values")) {
        String code = option.path("value").asText();
        String label = option.path("label").asText();
        if (!offered.add(code)) {
          wrong.add(field + ": option " + code + " twice");
        } else if (!names.containsKey(code)) {
          wrong.add(field + ": option " + code + " (" + label + ") is not a code of " + codeSet.getSimpleName()
              + "; its codes are " + names.keySet());
        } else if (!label.equals(names.get(code))) {
          wrong.add(field + ": option " + code + " is labelled 「" + label + "」, but " + codeSet.getSimpleName()
              + " names it 「" + names.get(code) + "」");
        }
      }
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      Set<String> expected = new TreeSet<>(readOnly || !SUBSETS.containsKey(key) ? names.keySet() : SUBSETS.get(key));
      if (!offered.equals(expected)) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(offered);
        Set<String> extra = new TreeSet<>(offered);
        extra.removeAll(expected);
        wrong.add(field + (readOnly ? ", read-only," : "") + " must offer " + expected + ": missing " + missing
            + (extra.isEmpty() ? "" : ", not expected " + extra)
            + (readOnly ? " (a read-only field names every code the process may hold)" : ""));
      }
    }
    return checked;
  }

  private static int checkTables(String file, DmnModelInstance model, List<String> wrong) {
    int checked = 0;
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      String where = file + " decision '" + table.getParentElement().getAttributeValue("id") + "'";
      List<Input> inputs = new ArrayList<>(table.getInputs());
      List<Output> outputs = new ArrayList<>(table.getOutputs());
      int row = 0;
      for (Rule rule : table.getRules()) {
        row++;
        List<String> inputEntries = rule.getInputEntries().stream().map(e -> e.getTextContent()).toList();
        List<String> outputEntries = rule.getOutputEntries().stream().map(e -> e.getTextContent()).toList();
        for (int i = 0; i < inputs.size(); i++) {
          String column = inputs.get(i).getInputExpression().getTextContent().trim();
          checked += checkEntry(where + " rule " + row + " input '" + column + "'", column, inputEntries.get(i), wrong);
        }
        for (int i = 0; i < outputs.size(); i++) {
          String column = outputs.get(i).getName();
          if (WORDING.contains(column)) {
            continue;
          }
          checked += checkEntry(where + " rule " + row + " output '" + column + "'", column, outputEntries.get(i),
              wrong);
        }
      }
    }
    return checked;
  }

  private static int checkEntry(String where, String column, String entry, List<String> wrong) {
    Matcher quoted = QUOTED.matcher(entry);
    Class<? extends Coded> codeSet = COLUMNS.get(column);
    int checked = 0;
    while (quoted.find()) {
      checked++;
      if (codeSet == null) {
        wrong.add(where + ": compares the string \"" + quoted.group(1) + "\", but no code set is known for the "
            + "column; add its enum to FormCodeLabelsUnitTest.COLUMNS");
      } else if (!names(codeSet).containsKey(quoted.group(1))) {
        wrong.add(where + ": \"" + quoted.group(1) + "\" is not a code of " + codeSet.getSimpleName() + "; its codes are "
            + names(codeSet).keySet());
      }
    }
    return checked;
  }

  /** Code → Chinese name, in the enum's order. */
  private static Map<String, String> names(Class<? extends Coded> codeSet) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Coded value : codeSet.getEnumConstants()) {
      names.put(value.code(), value.chineseName());
    }
    return names;
  }

  private static Set<String> articlesFor(PartyKind kind) {
    return Arrays.stream(LegalArticle.values()).filter(a -> a.appliesTo(kind)).map(LegalArticle::code)
        .collect(Collectors.toSet());
  }

  private static Resource[] resources(String pattern) throws IOException {
    return new PathMatchingResourcePatternResolver().getResources(pattern);
  }

  /** {@code forms/penalty/dual-penalty-start.form}: the resource's path from its folder on. */
  private static String name(Resource resource, String folder) throws IOException {
    String url = resource.getURL().toString();
    int at = url.lastIndexOf(folder);
    return at < 0 ? resource.getFilename() : url.substring(at);
  }
}
