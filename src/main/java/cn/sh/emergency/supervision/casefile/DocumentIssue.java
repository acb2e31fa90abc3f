package cn.sh.emergency.supervision.casefile;

import java.time.Instant;

/**
 * What to issue: a document of a type for one subject of a case (a party, a review round, or {@code ""} for the case
 * itself), numbered either with a number the case already gave it ({@code presetNumber}, e.g. a penalty decision's)
 * or with the next number of its kind ({@code numberKind}, e.g. 责改) in the case's district and the year it is issued.
 */
public record DocumentIssue(String caseNo, String type, String subject, String title, String numberKind,
                            String presetNumber, Instant issuedAt, String actor, String processInstanceId) {

  public DocumentIssue {
    if ((numberKind == null) == (presetNumber == null)) {
      throw new IllegalArgumentException("a document is numbered by its kind or by a preset number, not both");
    }
  }
}
