package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * A case linked to another as a report confirmed not to be a duplicate of it (关联案件): {@code relation} is
 * {@code EARLIER_REPORT} for the earlier case a report was found to match, {@code LATER_REPORT} for the later report
 * that was confirmed; who confirmed it and when.
 */
public record RelatedCase(String caseNo, String relation, String lifecycle, String stageName, Instant openedAt,
                          Instant closedAt, String confirmedBy, Instant linkedAt) {

  public static final String EARLIER_REPORT = "EARLIER_REPORT";
  public static final String LATER_REPORT = "LATER_REPORT";
}
