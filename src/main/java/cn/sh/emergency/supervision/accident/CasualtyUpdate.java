package cn.sh.emergency.supervision.accident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code POST /api/accidents/{caseNo}/casualties}: the figures as they now stand (补报). */
public record CasualtyUpdate(
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer deaths,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer seriousInjuries,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Integer missing,
    @NotNull(message = "不能为空") @PositiveOrZero(message = "不能为负数") Long directLossYuan) {
}
