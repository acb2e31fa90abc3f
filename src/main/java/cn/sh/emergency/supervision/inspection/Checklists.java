package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.shared.Sector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The checklists of on-site inspections (执法检查指引), kept as data in {@code inspection/checklists.json}: the items
 * every unit is checked for, then its sector's. Every code is unique; a sector missing from the file has the common
 * items only.
 */
@Component
public class Checklists {

  static final String RESOURCE = "/inspection/checklists.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Sector, List<ChecklistItem>> bySector = new EnumMap<>(Sector.class);

  Checklists() {
    try (InputStream in = Checklists.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the inspection checklists are missing: " + RESOURCE);
      }
      JsonNode root = JSON.readTree(in);
      List<ChecklistItem> common = items(root.path("common"));
      for (Sector sector : Sector.values()) {
        List<ChecklistItem> items = new ArrayList<>(common);
        items.addAll(items(root.path("sectors").path(sector.code())));
        bySector.put(sector, Collections.unmodifiableList(items));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the inspection checklists cannot be read", e);
    }
    long codes = bySector.values().stream().flatMap(List::stream).map(ChecklistItem::code).distinct().count();
    long items = bySector.values().stream().flatMap(List::stream).distinct().count();
    if (codes != items) {
      throw new IllegalStateException("two checklist items share a code in " + RESOURCE);
    }
  }

  /** The items a unit of the sector is checked for, common ones first. */
  public List<ChecklistItem> of(Sector sector) {
    return bySector.get(sector);
  }

  public Optional<ChecklistItem> item(Sector sector, String code) {
    return of(sector).stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The items as the options of a Camunda Forms checklist or select ({@code valuesKey}): label and value. */
  public List<Map<String, String>> options(Sector sector) {
    return of(sector).stream().map(i -> Map.of("label", i.label(), "value", i.code())).toList();
  }

  private static List<ChecklistItem> items(JsonNode array) {
    List<ChecklistItem> items = new ArrayList<>();
    array.forEach(node -> items.add(new ChecklistItem(node.path("code").asText(), node.path("label").asText())));
    return items;
  }

  /**
   * The codes a checklist field holds, each once, in order: a JSON array as Tasklist sends it, a list, or text over the
   * REST API; none for a missing value.
   */
  public static List<String> ticked(Object value) {
    if (value == null) {
      return List.of();
    }
    String text = value.toString().trim();
    List<String> codes = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> codes.add(String.valueOf(item).trim()));
    } else if (text.startsWith("[")) {
      try {
        for (JsonNode node : JSON.readTree(text)) {
          codes.add(node.asText().trim());
        }
      } catch (JsonProcessingException e) {
        codes.add(text);
      }
    } else {
      codes.addAll(Arrays.asList(text.split("[,，、\\s]+")));
    }
    return codes.stream().filter(code -> !code.isEmpty()).distinct().toList();
  }
}
