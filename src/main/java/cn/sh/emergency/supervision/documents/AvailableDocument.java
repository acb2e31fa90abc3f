package cn.sh.emergency.supervision.documents;

/**
 * A document of a case's lifecycle as the case stands now, per party where it is served on one: already issued (its
 * number), issuable now, or not yet (why, in Chinese).
 *
 * @param party   the party's number for a document served on one party, else {@code null}
 * @param subject what the document is issued for ({@code party-2}, {@code round-1}, {@code ""}); null when not ready
 */
public record AvailableDocument(String type, String title, Integer party, State state, String subject,
                                String documentNo, String reason) {

  public enum State {
    /** Issued for the case as it stands now; reading it does not issue anything. */
    ISSUED,
    /** Ready to be issued ({@code POST}). */
    ISSUABLE,
    /** The case is not ready for it ({@code reason}). */
    NOT_READY
  }
}
