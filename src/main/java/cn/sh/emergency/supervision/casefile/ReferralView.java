package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/** A referral as other modules and the web layer see it; {@code targetCaseNo} is null while it is open. */
public record ReferralView(Long id, String caseNo, String kind, String reason, String referredBy,
                           Instant referredAt, String targetCaseNo) {
}
