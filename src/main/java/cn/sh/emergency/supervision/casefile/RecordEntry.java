package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One fact to append to a case's full-process record. {@code details} is serialised as sorted JSON. */
public record RecordEntry(RecordKind kind, Instant occurredAt, String actor, String activityId,
                          String activityName, String processInstanceId, String outcome, String opinion,
                          Map<String, Object> details) {

  /**
   * Detail naming the outcome in Chinese, as the step's form showed it (不停产停业, 退回补充) or as the step that
   * wrote it names it (隐患已销号); without it an outcome is shown as it is (a document number).
   */
  public static final String OUTCOME_NAME = "outcomeName";

  public RecordEntry {
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** This entry with its outcome's Chinese name ({@link #OUTCOME_NAME}). */
  public RecordEntry withOutcomeName(String name) {
    Map<String, Object> named = new HashMap<>(details);
    named.put(OUTCOME_NAME, name);
    return new RecordEntry(kind, occurredAt, actor, activityId, activityName, processInstanceId, outcome, opinion, named);
  }
}
