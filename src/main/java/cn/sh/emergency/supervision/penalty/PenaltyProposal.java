package cn.sh.emergency.supervision.penalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/penalties}: what the Tasklist start form asks for, with the parties as a list, each
 * optionally with its own {@code legalBasisArticle} and {@code legalBasis}. With {@code referralId} the case takes up
 * an open penalty referral (a hazard's 移送); the enterprise then defaults to the referring case's. {@code violationOn}
 * (YYYY-MM-DD: the day of the violation, or the day it ended if it went on) with {@code violationContinuing} (it still
 * goes on) and {@code lifeHealthHarm} (it touched life and health and did harm) decide the limitation (行政处罚法
 * art. 36). {@code deaths}, {@code seriousInjuries} and {@code directLossYuan} (the harm, if any) are screened
 * against the thresholds of the production-safety crimes at registration.
 */
public record PenaltyProposal(
    String district,
    @Size(max = 40, message = "不能超过40字") String street,
    @Size(max = 200, message = "不能超过200字") String enterpriseName,
    String enterpriseUscc,
    String sector,
    @NotBlank(message = "不能为空") @Size(max = 4000, message = "不能超过4000字") String violationFacts,
    String violationOn,
    Boolean violationContinuing,
    Boolean lifeHealthHarm,
    @PositiveOrZero(message = "不能为负数") Integer deaths,
    @PositiveOrZero(message = "不能为负数") Integer seriousInjuries,
    @PositiveOrZero(message = "不能为负数") Long directLossYuan,
    @NotBlank(message = "不能为空") String legalBasisArticle,
    @NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过2000字") String legalBasis,
    String accidentGrade,
    Boolean aggravated,
    Boolean overdueUncorrected,
    @NotBlank(message = "不能为空") String decisionType,
    @NotBlank(message = "不能为空") @Size(max = 500, message = "不能超过500字") String investigators,
    @NotEmpty(message = "不能为空") @Size(max = 20, message = "最多20个当事人") List<Map<String, Object>> parties,
    @Size(max = 2000, message = "不能超过2000字") String exemptionReason,
    Long referralId) {
}
