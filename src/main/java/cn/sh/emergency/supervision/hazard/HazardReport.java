package cn.sh.emergency.supervision.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/hazards}: what the start form in Tasklist asks for. {@code duplicateConfirmed}: the
 * reporter confirms the report is not a duplicate of the earlier reports the server named (确认不是重复报告).
 */
public record HazardReport(
    @NotBlank(message = "不能为空") String district,
    @Size(max = 40, message = "不能超过40字") String street,
    @NotBlank(message = "不能为空") @Size(max = 200, message = "不能超过200字") String enterpriseName,
    @NotBlank(message = "不能为空") String enterpriseUscc,
    @NotBlank(message = "不能为空") String sector,
    @NotBlank(message = "不能为空") String source,
    @NotBlank(message = "不能为空") @Size(max = 500, message = "不能超过500字") String location,
    @NotBlank(message = "不能为空") @Size(max = 4000, message = "不能超过4000字") String description,
    @Size(max = 200, message = "不能超过200字") String reporterContact,
    Boolean duplicateConfirmed) {
}
