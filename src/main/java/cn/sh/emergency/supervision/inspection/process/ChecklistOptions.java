package cn.sh.emergency.supervision.inspection.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** The checklist's options as the forms' checklist and select fields read them ({@code valuesKey}): a JSON variable. */
final class ChecklistOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ChecklistOptions() {
  }

  static JsonValue json(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("checklist options cannot be written as JSON", e);
    }
  }
}
