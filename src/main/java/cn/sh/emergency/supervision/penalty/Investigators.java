package cn.sh.emergency.supervision.penalty;

import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import cn.sh.emergency.supervision.shared.UserIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The investigators of a penalty case (行政处罚法 art. 42: 执法人员不得少于两人，并应当持有执法证件): at least two
 * distinct users, each with an enforcement certificate number. The officers, with the numbers valid when the case
 * was proposed, are kept with the case as JSON, so that the notice and the decision print what was true then.
 */
public final class Investigators {

  /** How many officers at least investigate a case. */
  public static final int MINIMUM = 2;
  /** How the officers are called where none is named: the investigators of a penalty case. */
  static final String INVESTIGATORS = "调查人员";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<EnforcementOfficer>> OFFICERS = new TypeReference<>() { };

  private Investigators() {
  }

  /** The outcome of the check: the officers in the order named, or the problems (Chinese, statute first). */
  public record Check(List<EnforcementOfficer> officers, List<String> problems) {

    public Check {
      officers = List.copyOf(officers);
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.isEmpty();
    }

    /** The user ids as the case keeps them: comma-separated, each once. */
    public String userIds() {
      return String.join(",", officers.stream().map(EnforcementOfficer::userId).toList());
    }
  }

  /**
   * The user ids named, each once, in order: a picker's list or typed text, separated by commas (also full-width),
   * 、, semicolons or spaces ({@link UserIds}).
   */
  public static List<String> ids(Object named) {
    return UserIds.parse(named);
  }

  /** Checks the investigators named against the users ({@code directory}: empty for no such user). */
  public static Check check(Object named, Function<String, Optional<EnforcementOfficer>> directory) {
    return check(named, directory, INVESTIGATORS);
  }

  /**
   * The same for officers of another kind of step, named in the messages as {@code title} (询问人, 检查人员): the same
   * rule of art. 42 applies to every enforcement act.
   */
  public static Check check(Object named, Function<String, Optional<EnforcementOfficer>> directory, String title) {
    String statute = StatuteTexts.text("rule.two-certified-officers", title);
    List<String> ids = ids(named);
    List<EnforcementOfficer> officers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      Optional<EnforcementOfficer> officer = directory.apply(id);
      if (officer.isEmpty()) {
        unknown.add(id);
      } else if (!officer.get().certified()) {
        problems.add(title + label(officer.get()) + "未登记执法证号");
      } else {
        officers.add(officer.get());
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(0, title + "不存在：" + String.join("、", unknown));
    }
    if (ids.size() < MINIMUM) {
      problems.add(0, statute + "，本案只列明了" + ids.size() + "名");
    } else if (!problems.isEmpty()) {
      problems.add(0, statute);
    }
    return new Check(problems.isEmpty() ? officers : List.of(), problems);
  }

  public static String toJson(List<EnforcementOfficer> officers) {
    try {
      return JSON.writeValueAsString(officers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("investigators cannot be written as JSON", e);
    }
  }

  /** The officers kept with a case; empty for a case proposed before they were kept. */
  public static List<EnforcementOfficer> fromJson(Object json) {
    if (json == null || json.toString().isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(JSON.readValue(json.toString(), OFFICERS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("investigators kept with the case cannot be read", e);
    }
  }

  private static String label(EnforcementOfficer officer) {
    return officer.name() == null || officer.name().equals(officer.userId()) ? officer.userId()
        : officer.userId() + "（" + officer.name() + "）";
  }
}
