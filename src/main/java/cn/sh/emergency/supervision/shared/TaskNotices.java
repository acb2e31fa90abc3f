package cn.sh.emergency.supervision.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The notices a task's description carries for the user (Tasklist shows it on the task): one line per kind — the
 * provisional due date, the latest 催办 — each replaced or removed without touching the others.
 */
public final class TaskNotices {

  /** The start of a 催办 line. */
  public static final String URGED = "【催办】";

  private TaskNotices() {
  }

  /** The description with the line of this kind (the line's start) replaced by {@code line}, or added first. */
  public static String with(String description, String kind, String line) {
    List<String> lines = new ArrayList<>(lines(without(description, kind)));
    lines.add(0, line);
    return String.join("\n", lines);
  }

  /** The description without the line of this kind; null when nothing is left. */
  public static String without(String description, String kind) {
    List<String> kept = lines(description).stream().filter(l -> !l.startsWith(kind)).toList();
    return kept.isEmpty() ? null : String.join("\n", kept);
  }

  public static boolean has(String description, String kind) {
    return lines(description).stream().anyMatch(l -> l.startsWith(kind));
  }

  private static List<String> lines(String description) {
    return description == null || description.isBlank() ? List.of()
        : Arrays.stream(description.split("\n")).filter(l -> !l.isBlank()).toList();
  }
}
