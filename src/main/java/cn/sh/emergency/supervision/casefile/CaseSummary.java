package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * A ledger row (案件台账) as other modules and the web layer see it: where the case stands, and the facts its
 * lifecycle reported for the KPIs (how it ended, listing, escalation, reporting, evaluation, fines, publications).
 * {@code deadlineProvisional}: the deadline was computed from a year without the State Council's holiday notice.
 */
public record CaseSummary(String caseNo, String caseType, String lifecycle, String district,
                          String processInstanceId, String enterpriseName, String enterpriseUscc, String sector,
                          String street, String stage, String stageName, String grade, String outcome,
                          Instant openedAt, Instant deadlineAt, boolean deadlineProvisional, Instant closedAt, boolean overdue, boolean listed,
                          Instant listedAt, Boolean onTime, boolean escalated, Boolean reportedOnTime,
                          Instant evaluationDueAt, Instant evaluatedAt, int personsPenalised, long fineDecidedYuan,
                          long fineCollectedYuan, int publications, int publicationsLate, int urgeCount,
                          int recordCount, int findings) {
}
