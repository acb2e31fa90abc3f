package cn.sh.emergency.supervision.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form as Tasklist (Camunda 7.24, form-js 1.13) fills and submits it: the form is filled with the task's
 * form variables (dates shown in Shanghai local time, JSON parsed), each field's value is sanitized as form-js does
 * (a text field takes any value as text, a number only a number, a checkbox only {@code true}, a select or radio only
 * one of its options, a taglist or checklist only a list of its options, a date only {@code YYYY-MM-DD}, a date-time
 * is rewritten as the minute it shows); the user's edits are applied — in a field with options only what it offers,
 * as a user can only pick those; then every keyed field that is
 * shown and not disabled — read-only ones included — is sent, primitives untyped ({@code {"value": …}}) and objects
 * as typed JSON, exactly as Tasklist's Camunda Forms directive builds its {@code submit-form} body. Options are the
 * field's {@code values}, the list its {@code valuesKey} names in the form's data (a people picker's task-local
 * variable), or a start form's people picker's {@code valuesExpression}, {@code =get value({…}, district)}, on the
 * form's data.
 */
public final class TasklistForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final DateTimeFormatter UNFIXED_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Set<String> TEXT = Set.of("textfield", "textarea");
  private static final Set<String> MULTIPLE = Set.of("taglist", "checklist");
  /** The expression a start form's people picker is delivered with ({@code StartFormPeople}). */
  private static final Pattern BY_DISTRICT =
      Pattern.compile("^=get value\\((\\{.*\\}), ([A-Za-z_][A-Za-z0-9_]*)\\)$", Pattern.DOTALL);

  /** How the read-only fields come back. */
  public enum ReadOnly {
    /** as Tasklist renders them from the task's variables */
    AS_RENDERED,
    /** empty: text as {@code ""}, anything else as {@code null} (a form whose variables failed to load) */
    EMPTY
  }

  /** One keyed field of the form. */
  public record Field(String key, String type, String label, boolean readOnly, boolean disabled, JsonNode component) {
  }

  /** What Tasklist sends: the body's {@code variables}, and which of them were read-only or empty. */
  public record Submission(ObjectNode variables, Set<String> readOnly, Set<String> empty) {
  }

  private final String formId;
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, JsonNode> variables = new LinkedHashMap<>();
  private final ObjectNode data = NODES.objectNode();

  private TasklistForm(JsonNode schema, JsonNode formVariables) {
    this.formId = schema.path("id").asText();
    collect(schema.path("components"));
    formVariables.fields().forEachRemaining(entry -> {
      variables.put(entry.getKey(), entry.getValue());
      data.set(entry.getKey(), loaded(entry.getValue()));
    });
    for (Field field : fields) {
      JsonNode value = data.get(field.key());
      data.set(field.key(), value == null ? initial(field) : sanitize(field, value, data));
    }
  }

  /** A task's form, filled with its form variables ({@code GET task/{id}/form-variables?deserializeValues=false}). */
  public static TasklistForm of(String schema, String formVariables) {
    try {
      return new TasklistForm(JSON.readTree(schema), JSON.readTree(formVariables));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A start form: Tasklist loads no variables for it. */
  public static TasklistForm start(String schema) {
    return of(schema, "{}");
  }

  public String id() {
    return formId;
  }

  public List<Field> fields() {
    return fields;
  }

  /** What the user sees in a field before typing anything. */
  public JsonNode shown(String key) {
    return data.get(key);
  }

  /**
   * The options a field shows ({@code [{label, value}]}) once the given edits are made (a start form's people picker
   * follows the district chosen on it).
   */
  public List<JsonNode> options(String key, Map<String, ?> edits) {
    ObjectNode filled = data.deepCopy();
    edits.forEach((name, value) -> filled.set(name, JSON.valueToTree(value)));
    List<JsonNode> options = new ArrayList<>();
    options(field(key), filled).forEach(options::add);
    return options;
  }

  /**
   * The user types the edits (editable fields only) and presses 完成; read-only fields come back as given.
   */
  public Submission submit(Map<String, ?> edits, ReadOnly readOnly) {
    ObjectNode filled = data.deepCopy();
    edits.forEach((key, value) -> {
      Field field = field(key);
      if (field.readOnly() || field.disabled()) {
        throw new IllegalArgumentException(formId + ": 「" + field.label() + "」 (" + key + ") cannot be edited");
      }
      filled.set(key, JSON.valueToTree(value));
    });
    edits.forEach((key, value) -> offers(field(key), filled, filled.get(key)));
    ObjectNode body = NODES.objectNode();
    Set<String> readOnlyKeys = new java.util.LinkedHashSet<>();
    Set<String> emptyKeys = new java.util.LinkedHashSet<>();
    for (Field field : fields) {
      if (field.disabled() || hidden(field, filled)) {
        if (edits.containsKey(field.key())) {
          throw new IllegalArgumentException(formId + ": 「" + field.label() + "」 (" + field.key() + ") is hidden");
        }
        continue;
      }
      JsonNode value = filled.get(field.key());
      if (field.readOnly()) {
        readOnlyKeys.add(field.key());
        if (readOnly == ReadOnly.EMPTY) {
          value = TEXT.contains(field.type()) ? NODES.textNode("") : NullNode.getInstance();
        }
      }
      if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()
          || value.isArray() && value.isEmpty()) {
        emptyKeys.add(field.key());
      }
      body.set(field.key(), variable(field.key(), value));
    }
    return new Submission(body, readOnlyKeys, emptyKeys);
  }

  private Field field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(formId + " has no field " + key));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"));
      }
      if (component.hasNonNull("key") && !component.path("key").asText().isEmpty()) {
        if (component.has("path") || component.has("valuesExpression")
            && !BY_DISTRICT.matcher(component.path("valuesExpression").asText()).matches()) {
          throw new IllegalStateException(formId + ": pathed groups and options from other expressions are not "
              + "simulated (" + component.path("key").asText() + ")");
        }
        fields.add(new Field(component.path("key").asText(), component.path("type").asText(),
            component.path("label").asText(component.path("key").asText()),
            component.path("readonly").asBoolean(false), component.path("disabled").asBoolean(false), component));
      }
    }
  }

  /** A form variable as the directive puts it into the form's data. */
  private static JsonNode loaded(JsonNode variable) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText();
    if ("Date".equals(type) && value.isTextual()) {
      // unfixDate: moment(value).format('YYYY-MM-DDTHH:mm:ss') in the browser's time zone (Shanghai)
      return NODES.textNode(OffsetDateTime.parse(value.asText(), REST_DATE)
          .atZoneSameInstant(TestClock.SHANGHAI).format(UNFIXED_DATE));
    }
    if (value.isTextual() && ("Json".equals(type)
        || "application/json".equals(variable.path("valueInfo").path("serializationDataFormat").asText()))) {
      try {
        return JSON.readTree(value.asText());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return value.isMissingNode() ? NullNode.getInstance() : value;
  }

  private static JsonNode initial(Field field) {
    if (field.component().has("defaultValue")) {
      return field.component().get("defaultValue");
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> NODES.textNode("");
      case "checkbox" -> NODES.booleanNode(false);
      case "checklist", "taglist" -> NODES.arrayNode();
      default -> NullNode.getInstance();
    };
  }

  private JsonNode sanitize(Field field, JsonNode value, ObjectNode formData) {
    return switch (field.type()) {
      case "textfield" -> value.isNull() || value.isContainerNode() ? NODES.textNode("")
          : NODES.textNode(text(value).replaceAll("[\r\n\t]", " "));
      case "textarea" -> value.isNull() || value.isContainerNode() ? NODES.textNode("") : NODES.textNode(text(value));
      case "number" -> number(value);
      case "checkbox" -> NODES.booleanNode(value.isBoolean() && value.asBoolean());
      case "select", "radio" -> option(field, value, formData);
      case "taglist", "checklist" -> chosen(field, value, formData);
      case "datetime" -> date(field, value);
      default -> throw new IllegalStateException("field type " + field.type() + " is not simulated: " + field.key());
    };
  }

  /** JavaScript's {@code String(value)}. */
  private static String text(JsonNode value) {
    if (value.isNumber()) {
      BigDecimal number = value.decimalValue();
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    return value.asText();
  }

  private static JsonNode number(JsonNode value) {
    if (value.isNumber()) {
      return value;
    }
    if (value.isTextual() && !value.asText().isBlank()) {
      try {
        return NODES.numberNode(new BigDecimal(value.asText().trim()));
      } catch (NumberFormatException notANumber) {
        return NullNode.getInstance();
      }
    }
    return NullNode.getInstance();
  }

  private JsonNode option(Field field, JsonNode value, ObjectNode formData) {
    for (JsonNode option : options(field, formData)) {
      if (option.path("value").equals(value)) {
        return value;
      }
    }
    return NullNode.getInstance();
  }

  /** form-js keeps of a list only the values among the options. */
  private JsonNode chosen(Field field, JsonNode value, ObjectNode formData) {
    ArrayNode kept = NODES.arrayNode();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (option(field, item, formData).equals(item)) {
          kept.add(item);
        }
      }
    }
    return kept;
  }

  /** The field's options on the form's data: static values, the list its valuesKey names, or its expression. */
  private JsonNode options(Field field, ObjectNode formData) {
    JsonNode component = field.component();
    if (component.has("valuesKey")) {
      JsonNode options = formData.path(component.path("valuesKey").asText());
      return options.isArray() ? options : NODES.arrayNode();
    }
    if (component.has("valuesExpression")) {
      Matcher byDistrict = BY_DISTRICT.matcher(component.path("valuesExpression").asText());
      byDistrict.matches();
      try {
        JsonNode options = JSON.readTree(byDistrict.group(1)).path(formData.path(byDistrict.group(2)).asText(""));
        return options.isArray() ? options : NODES.arrayNode();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(formId + ": options of " + field.key() + " are not a JSON object", e);
      }
    }
    return component.path("values");
  }

  /** A user picks only what a field with options offers; a value it does not offer cannot be entered. */
  private void offers(Field field, ObjectNode formData, JsonNode edit) {
    if (!Set.of("select", "radio", "taglist", "checklist").contains(field.type()) || edit == null || edit.isNull()) {
      return;
    }
    for (JsonNode value : edit.isArray() ? edit : NODES.arrayNode().add(edit)) {
      if (option(field, value, formData).isNull()) {
        throw new IllegalArgumentException(formId + ": 「" + field.label() + "」 offers no " + value + " among "
            + options(field, formData));
      }
    }
  }

  private static JsonNode date(Field field, JsonNode value) {
    if (!value.isTextual()) {
      return NullNode.getInstance();
    }
    String text = value.asText();
    String subtype = field.component().path("subtype").asText("date");
    boolean valid = !text.isEmpty() && text.split("T")[0].split("-").length == 3;
    return switch (subtype) {
      case "date" -> valid && !text.contains("T") ? value : NullNode.getInstance();
      case "datetime" -> valid && text.split("T").length == 2 ? reserialized(field, text) : NullNode.getInstance();
      default -> value;
    };
  }

  /**
   * Shown, a date-time field writes its value back at once as the minute it shows (read-only ones too), in its
   * {@code timeSerializingFormat}; the browser is in Shanghai.
   */
  private static JsonNode reserialized(Field field, String text) {
    java.time.ZonedDateTime shown;
    try {
      shown = OffsetDateTime.parse(text).atZoneSameInstant(TestClock.SHANGHAI);
    } catch (java.time.format.DateTimeParseException noOffset) {
      shown = java.time.LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text)
          .atZone(text.endsWith("Z") ? java.time.ZoneOffset.UTC : TestClock.SHANGHAI)
          .withZoneSameInstant(TestClock.SHANGHAI);
    }
    shown = shown.withSecond(0).withNano(0);
    return NODES.textNode(switch (field.component().path("timeSerializingFormat").asText("utc_offset")) {
      case "no_timezone" -> shown.format(MINUTE);
      case "utc_normalized" -> shown.withZoneSameInstant(java.time.ZoneOffset.UTC).format(MINUTE) + "Z";
      default -> shown.format(MINUTE) + "+08:00";
    });
  }

  /** The directive: primitives as {@code {value}}, objects (a picker's list) as typed JSON. */
  private ObjectNode variable(String key, JsonNode value) {
    ObjectNode variable = NODES.objectNode();
    if (value != null && value.isContainerNode()) {
      // Typed as the variable loaded under the key, else as the variable its options came from, else JSON.
      JsonNode loaded = variables.containsKey(key) ? variables.get(key)
          : variables.get(field(key).component().path("valuesKey").asText());
      variable.put("type", loaded != null ? loaded.path("type").asText() : "Json");
      variable.set("valueInfo", loaded != null ? loaded.path("valueInfo") : NullNode.getInstance());
      variable.put("value", value.toString());
    } else {
      variable.set("value", value == null ? NullNode.getInstance() : value);
    }
    return variable;
  }

  /** The field's {@code conditional.hide} FEEL expression on the form's data (the subset the forms use). */
  private boolean hidden(Field field, ObjectNode filled) {
    String hide = field.component().path("conditional").path("hide").asText("");
    if (hide.isEmpty()) {
      return false;
    }
    if (!hide.startsWith("=")) {
      throw new IllegalStateException(formId + ": condition not simulated: " + hide);
    }
    boolean any = false;
    for (String disjunct : hide.substring(1).split(" or ")) {
      boolean all = true;
      for (String comparison : disjunct.split(" and ")) {
        all &= compare(comparison.trim(), filled);
      }
      any |= all;
    }
    return any;
  }

  private boolean compare(String comparison, ObjectNode filled) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"[^\"]*\"|null|true|false)").matcher(comparison);
    if (!m.matches()) {
      throw new IllegalStateException(formId + ": condition not simulated: " + comparison);
    }
    JsonNode actual = filled.path(m.group(1));
    String literal = m.group(3);
    boolean equal;
    if ("null".equals(literal)) {
      equal = actual.isMissingNode() || actual.isNull();
    } else if (literal.startsWith("\"")) {
      equal = actual.isTextual() && actual.asText().equals(literal.substring(1, literal.length() - 1));
    } else {
      equal = actual.isBoolean() && actual.asBoolean() == Boolean.parseBoolean(literal);
    }
    return "=".equals(m.group(2)) == equal;
  }
}
