package cn.sh.emergency.supervision.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * A Camunda Form as Tasklist (Camunda 7.24, form-js 1.13) fills and submits it: the form is filled with the task's
 * form variables (dates shown in Shanghai local time, JSON parsed), each field's value is sanitized as form-js does
 * (a text field takes any value as text, a number only a number, a checkbox only {@code true}, a select or radio only
 * one of its options, a date only {@code YYYY-MM-DD}, a date-time is rewritten as the minute it shows); the user's
 * edits are applied; then every keyed field that is
 * shown and not disabled — read-only ones included — is sent, primitives untyped ({@code {"value": …}}) and objects
 * as typed JSON, exactly as Tasklist's Camunda Forms directive builds its {@code submit-form} body.
 */
public final class TasklistForm {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final DateTimeFormatter UNFIXED_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Set<String> TEXT = Set.of("textfield", "textarea");

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
      data.set(field.key(), value == null ? initial(field) : sanitize(field, value));
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
      if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
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
        if (component.has("valuesKey") || component.has("path")) {
          throw new IllegalStateException(formId + ": options from variables and pathed groups are not simulated ("
              + component.path("key").asText() + ")");
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

  private static JsonNode sanitize(Field field, JsonNode value) {
    return switch (field.type()) {
      case "textfield" -> value.isNull() || value.isContainerNode() ? NODES.textNode("")
          : NODES.textNode(text(value).replaceAll("[\r\n\t]", " "));
      case "textarea" -> value.isNull() || value.isContainerNode() ? NODES.textNode("") : NODES.textNode(text(value));
      case "number" -> number(value);
      case "checkbox" -> NODES.booleanNode(value.isBoolean() && value.asBoolean());
      case "select", "radio" -> option(field, value);
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

  private static JsonNode option(Field field, JsonNode value) {
    if (field.component().has("valuesExpression")) {
      return value;
    }
    for (JsonNode option : field.component().path("values")) {
      if (option.path("value").equals(value)) {
        return value;
      }
    }
    return NullNode.getInstance();
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

  /** The directive: primitives as {@code {value}}, objects as typed JSON. */
  private ObjectNode variable(String key, JsonNode value) {
    ObjectNode variable = NODES.objectNode();
    if (value != null && value.isContainerNode()) {
      JsonNode loaded = variables.get(key);
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
