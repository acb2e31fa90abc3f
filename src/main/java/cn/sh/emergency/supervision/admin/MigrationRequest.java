package cn.sh.emergency.supervision.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * The body of {@code POST /api/admin/migrations}: the running instances of {@code processDefinitionKey} at
 * {@code sourceVersion} (or only {@code processInstanceIds}) move to {@code targetVersion}. Activities are mapped by
 * equal id; a dry run ({@code dryRun}, the default) only reports what would happen.
 */
public record MigrationRequest(
    @NotBlank(message = "不能为空") String processDefinitionKey,
    @NotNull(message = "不能为空") @Positive(message = "须为正整数") Integer sourceVersion,
    @NotNull(message = "不能为空") @Positive(message = "须为正整数") Integer targetVersion,
    List<String> processInstanceIds,
    Boolean dryRun) {

  public boolean isDryRun() {
    return dryRun == null || dryRun;
  }
}
