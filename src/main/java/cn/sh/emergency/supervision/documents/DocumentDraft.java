package cn.sh.emergency.supervision.documents;

/**
 * A document a lifecycle is ready to issue: for which subject of the case (a party {@code party-2}, a review round
 * {@code round-1}, or {@code ""} for the case itself), under the number the case already gave it, if any.
 */
public record DocumentDraft(String subject, String presetNumber, OfficialDocument document) {

  public static DocumentDraft of(OfficialDocument document) {
    return new DocumentDraft("", null, document);
  }

  public static String party(int partyNo) {
    return "party-" + partyNo;
  }
}
