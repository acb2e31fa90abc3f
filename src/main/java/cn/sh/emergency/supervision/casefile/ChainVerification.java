package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * Result of re-computing a case's record chain and comparing it with its anchors. When broken,
 * {@code firstBrokenSeq}/{@code firstBrokenId} name the first record whose hash or predecessor link does not match, or
 * that was deleted or rewritten since it was anchored, and {@code reason} says which (every such record, for the
 * anchors). {@code anchoredRecords} records of the case were anchored outside the database, the latest at
 * {@code anchoredAt} (0 and null: not yet anchored).
 */
public record ChainVerification(String caseNo, boolean intact, int records, Integer firstBrokenSeq,
                                Long firstBrokenId, String reason, int anchoredRecords, Instant anchoredAt) {
}
