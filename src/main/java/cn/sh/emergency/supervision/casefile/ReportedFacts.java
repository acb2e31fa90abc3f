package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * What a report says that a later report of the same unit is compared with (重复报告): an accident's time of
 * occurrence, a hazard's location and description. Facts a lifecycle does not report are null.
 */
public record ReportedFacts(Instant occurredAt, String location, String description) {

  public static ReportedFacts occurrence(Instant occurredAt) {
    return new ReportedFacts(occurredAt, null, null);
  }

  public static ReportedFacts place(String location, String description) {
    return new ReportedFacts(null, location, description);
  }
}
