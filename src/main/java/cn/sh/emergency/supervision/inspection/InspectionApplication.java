package cn.sh.emergency.supervision.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/inspections}, what the Tasklist start form asks for: the unit (by its credit code; it
 * must be in the district's registry), why (the plan it follows, or 触发式: the complaint, assignment or referral),
 * the day, the officers.
 */
public record InspectionApplication(
    @NotBlank(message = "请选择所属区") String district,
    @NotBlank(message = "请填写被检查单位统一社会信用代码") String enterpriseUscc,
    @NotBlank(message = "请选择检查依据") String inspectionBasis,
    @Size(max = 40, message = "不能超过40字") String planNo,
    @Size(max = 60, message = "不能超过60字") String drawNo,
    @Size(max = 2000, message = "不能超过2000字") String basisReason,
    @NotNull(message = "请填写计划检查日期") LocalDate plannedOn,
    @NotEmpty(message = "请选择检查人员") List<String> inspectors) {
}
