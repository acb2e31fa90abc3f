package cn.sh.emergency.supervision.admin;

import java.util.List;

/** A migration batch as it runs: jobs done, to do and failed, with the failures' messages; {@code done} at the end. */
public record MigrationStatus(String batchId, long total, long completed, long remaining, long failed, boolean done,
                              List<Failure> failures) {

  public record Failure(String jobId, String message) {
  }
}
