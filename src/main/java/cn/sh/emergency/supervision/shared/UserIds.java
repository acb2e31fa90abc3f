package cn.sh.emergency.supervision.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** A list of people typed into a form field: user ids separated by commas (also full-width), 、, semicolons or spaces. */
public final class UserIds {

  private UserIds() {
  }

  /** The user ids named, each once, in the order named. */
  public static List<String> parse(String named) {
    if (named == null) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.stream(named.split("[,，、;；\\s]+"))
        .filter(id -> !id.isEmpty()).toList()));
  }
}
