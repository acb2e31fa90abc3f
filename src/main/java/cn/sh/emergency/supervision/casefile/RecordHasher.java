package cn.sh.emergency.supervision.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a record's fields and its predecessor's hash. Each field is length-prefixed so that moving text
 * from one field into the next changes the hash.
 */
final class RecordHasher {

  /** The predecessor hash of a case's first record. */
  static final String GENESIS = "0".repeat(64);

  private RecordHasher() {
  }

  static String hash(CaseRecord r) {
    return hash(r, r.prevHash());
  }

  /** The record's hash had its predecessor's hash been {@code prevHash} (its content checked against an anchor). */
  static String hash(CaseRecord r, String prevHash) {
    StringBuilder canonical = new StringBuilder();
    for (Object field : new Object[] {r.caseNo(), r.seq(), r.kind(), r.occurredAt(), r.actor(), r.activityId(),
        r.activityName(), r.processInstanceId(), r.outcome(), r.opinion(), r.details(), prevHash}) {
      String text = field == null ? "" : field.toString();
      canonical.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
