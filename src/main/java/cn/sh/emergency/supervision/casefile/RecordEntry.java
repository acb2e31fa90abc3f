package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.Map;

/** One fact to append to a case's full-process record. {@code details} is serialised as sorted JSON. */
public record RecordEntry(RecordKind kind, Instant occurredAt, String actor, String activityId,
                          String activityName, String processInstanceId, String outcome, String opinion,
                          Map<String, Object> details) {

  public RecordEntry {
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
