package cn.sh.emergency.supervision.shared.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A field of a Camunda Form where the user picks people instead of typing user ids: a {@code select} (one person) or a
 * {@code taglist}/{@code checklist} (several) whose custom properties (Camunda Modeler: 自定义属性 / Custom
 * properties) name who may be picked — {@value #ROLE_PROPERTY}: {@code handler}, {@code chief}, {@code leader},
 * {@code legal} or {@code officer} — and optionally {@value #EXCLUDED_PROPERTY}: variables naming users who may not be
 * picked (e.g. {@code handler,investigators}). Its options, {@code [{label, value}]}, come from the variable named by
 * its {@code valuesKey}: a task gets it as a task-local variable when it is created; a start form gets the options in
 * the form itself, for the district chosen on it.
 */
public record PeoplePicker(String key, String label, String role, String valuesKey, boolean multiple,
                           List<String> excludedVariables) {

  public static final String ROLE_PROPERTY = "people";
  public static final String EXCLUDED_PROPERTY = "excludedUsers";
  /** The roles a picker may name (the identity module's {@code StaffRole} codes). */
  public static final List<String> ROLES = List.of("handler", "chief", "leader", "legal", "officer");
  private static final List<String> TYPES = List.of("select", "taglist", "checklist");

  public PeoplePicker {
    excludedVariables = List.copyOf(excludedVariables);
  }

  /** The picker a form component is, if it is one. */
  public static Optional<PeoplePicker> of(JsonNode component) {
    String role = component.path("properties").path(ROLE_PROPERTY).asText("").trim();
    String valuesKey = component.path("valuesKey").asText("").trim();
    if (role.isEmpty() || valuesKey.isEmpty() || component.path("key").asText("").isEmpty()) {
      return Optional.empty();
    }
    String type = component.path("type").asText();
    List<String> excluded = Arrays.stream(component.path("properties").path(EXCLUDED_PROPERTY).asText("")
        .split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    return Optional.of(new PeoplePicker(component.path("key").asText(),
        component.path("label").asText(component.path("key").asText()), role, valuesKey,
        "taglist".equals(type) || "checklist".equals(type), excluded));
  }

  /**
   * What is wrong with the form's people pickers, for the deploy-time rules: a field naming people must be a select,
   * taglist or checklist with a {@code valuesKey}, and name a known role.
   */
  public static List<String> problems(JsonNode form) {
    List<String> problems = new java.util.ArrayList<>();
    for (JsonNode component : DeployedForms.keyedComponents(form)) {
      String role = component.path("properties").path(ROLE_PROPERTY).asText("").trim();
      if (role.isEmpty()) {
        continue;
      }
      String field = "人员选择字段「" + component.path("label").asText(component.path("key").asText()) + "」";
      if (!ROLES.contains(role)) {
        problems.add(field + "的人员类别 " + role + " 未知（可选：" + String.join("、", ROLES) + "）");
      }
      if (!TYPES.contains(component.path("type").asText())) {
        problems.add(field + "须为下拉选择（select）或多选（taglist、checklist）");
      }
      if (component.path("valuesKey").asText("").isBlank()) {
        problems.add(field + "缺少 valuesKey（选项所在的变量）");
      }
    }
    return problems;
  }

  /** The pickers of a form, in the order of the form. */
  public static List<PeoplePicker> inForm(JsonNode form) {
    return DeployedForms.keyedComponents(form).stream().map(PeoplePicker::of).flatMap(Optional::stream).toList();
  }
}
