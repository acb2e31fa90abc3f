package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * A referral as other modules and the web layer see it; {@code targetCaseNo} is null while it is open.
 * {@code overdueUncorrected}: the referred unit failed to correct in time (a hazard referred after its rectification
 * was overdue), which puts a penalty case in the second tier of the paired articles.
 */
public record ReferralView(Long id, String caseNo, String kind, String reason, String referredBy,
                           Instant referredAt, String targetCaseNo, boolean overdueUncorrected) {
}
