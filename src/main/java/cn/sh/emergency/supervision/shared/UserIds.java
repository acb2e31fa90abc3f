package cn.sh.emergency.supervision.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A list of people named in a form field: what a people picker of Tasklist submits (a JSON list of user ids, kept
 * as a JSON variable or as its text), or user ids typed or sent over the API, separated by commas (also full-width),
 * 、, semicolons or spaces.
 */
public final class UserIds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UserIds() {
  }

  /**
   * The user ids named, each once, in the order named: from a collection, a JSON list (a JSON variable or its text,
   * e.g. {@code ["wang","li"]}) or separated text ({@code wang,li}).
   */
  public static List<String> parse(Object named) {
    if (named == null) {
      return List.of();
    }
    if (named instanceof Collection<?> collection) {
      return distinct(collection.stream().map(id -> id == null ? "" : id.toString().trim()).toList());
    }
    String text = named.toString().trim();
    if (text.startsWith("[")) {
      try {
        JsonNode list = JSON.readTree(text);
        if (list.isArray()) {
          List<String> ids = new ArrayList<>();
          list.forEach(id -> ids.add(id.isValueNode() ? id.asText().trim() : id.toString()));
          return distinct(ids);
        }
      } catch (JsonProcessingException notJson) {
        // read as typed text below: its brackets then name no user, which the checks refuse
      }
    }
    return distinct(Arrays.asList(text.split("[,，、;；\\s]+")));
  }

  private static List<String> distinct(List<String> ids) {
    return List.copyOf(new LinkedHashSet<>(ids.stream().filter(id -> !id.isEmpty()).toList()));
  }
}
