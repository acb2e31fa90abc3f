package cn.sh.emergency.supervision.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/inspection-plans}, what the Tasklist start form asks for: the district, the kind
 * ({@code ANNUAL} 年度 / {@code SPECIAL} 专项), the title, the period, the sectors in scope (none: all).
 */
public record InspectionPlanDraft(
    @NotBlank(message = "请选择所属区") String district,
    @NotBlank(message = "请选择计划类别") String planKind,
    @NotBlank(message = "请填写计划名称") @Size(max = 200, message = "不能超过200字") String title,
    @NotNull(message = "请填写计划起始日期") LocalDate periodFrom,
    @NotNull(message = "请填写计划截止日期") LocalDate periodTo,
    List<String> sectors) {
}
