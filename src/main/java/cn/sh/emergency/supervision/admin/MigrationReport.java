package cn.sh.emergency.supervision.admin;

import java.util.List;

/**
 * What a migration does (dry run) or has started (with {@code batchId}): how many instances move, which waiting
 * activities map to which, which cannot be mapped (and how many instances wait there), and the engine's objections.
 * {@code migratable} is true when nothing stands in the way.
 */
public record MigrationReport(String processDefinitionKey, String sourceDefinitionId, String targetDefinitionId,
                              long instances, List<ActivityMapping> mapped, List<UnmappedActivity> unmapped,
                              List<String> problems, boolean migratable, String batchId) {

  public record ActivityMapping(String sourceActivityId, String targetActivityId, long instances) {
  }

  public record UnmappedActivity(String activityId, String activityName, long instances) {
  }
}
