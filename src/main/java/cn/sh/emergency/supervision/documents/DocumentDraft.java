package cn.sh.emergency.supervision.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document a lifecycle is ready to issue: for which subject of the case (a party {@code party-2}, a review round
 * {@code round-1}, or {@code ""} for the case itself), under the number the case already gave it, if any.
 */
public record DocumentDraft(String subject, String presetNumber, OfficialDocument document) {

  /** {@code party-2}, and what a party's subject may go on with ({@code party-2-review-1}). */
  private static final Pattern PARTY_SUBJECT = Pattern.compile("party-(\\d{1,9})(-.*)?");

  public static DocumentDraft of(OfficialDocument document) {
    return new DocumentDraft("", null, document);
  }

  public static String party(int partyNo) {
    return "party-" + partyNo;
  }

  /** The party a document of this subject is served on ({@code party-2-review-1} → 2), or {@code null}. */
  public static Integer partyOf(String subject) {
    Matcher matcher = PARTY_SUBJECT.matcher(subject);
    return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
  }
}
