package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/** A ledger row (案件台账) as other modules and the web layer see it. */
public record CaseSummary(String caseNo, String caseType, String lifecycle, String district,
                          String processInstanceId, String enterpriseName, String enterpriseUscc, String sector,
                          String stage, String stageName, String grade, Instant openedAt, Instant deadlineAt,
                          Instant closedAt, boolean overdue, boolean listed, Boolean onTime, int urgeCount,
                          int recordCount) {
}
