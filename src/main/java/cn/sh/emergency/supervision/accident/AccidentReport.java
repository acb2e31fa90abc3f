package cn.sh.emergency.supervision.accident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/accidents}: what the Tasklist report form asks for. Times are ISO-8601, with an offset
 * or as Shanghai local time ({@code 2026-03-02T08:30}). {@code receivedAt}: when the unit's head received the on-site
 * report (the hour for reporting runs from it); left out, the time of the accident. {@code duplicateConfirmed}: the
 * reporter confirms the report is not a duplicate of the earlier reports the server named (确认不是重复报告).
 */
public record AccidentReport(
    @NotBlank(message = "不能为空") String district,
    @Size(max = 40, message = "不能超过40字") String street,
    @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过200字") String enterpriseName,
    @NotBlank(message = "不能为空") String enterpriseUscc,
    @NotBlank(message = "不能为空") String sector,
    @NotBlank(message = "不能为空") String occurredAt,
    String receivedAt,
    @NotBlank(message = "不能为空") String reportedAt,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer deaths,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer seriousInjuries,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer missing,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Long directLossYuan,
    Boolean roadOrFire,
    Boolean concealmentSuspected,
    @NotBlank(message = "不能为空") @Size(max = 4000, message = "不能超过4000字") String description,
    Boolean duplicateConfirmed) {
}
