package cn.sh.emergency.supervision.casefile;

/**
 * Result of re-computing a case's record chain. When broken, {@code firstBrokenSeq}/{@code firstBrokenId} name
 * the first record whose hash or predecessor link does not match, and {@code reason} says which.
 */
public record ChainVerification(String caseNo, boolean intact, int records, Integer firstBrokenSeq,
                                Long firstBrokenId, String reason) {

  static ChainVerification intact(String caseNo, int records) {
    return new ChainVerification(caseNo, true, records, null, null, "记录链完整");
  }

  static ChainVerification broken(String caseNo, int records, int seq, long id, String reason) {
    return new ChainVerification(caseNo, false, records, seq, id, reason);
  }
}
