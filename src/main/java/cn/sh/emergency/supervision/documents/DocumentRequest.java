package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import java.time.LocalDate;

/**
 * A document asked for.
 *
 * @param party the party's number (1, 2, …) for a document served on one party of a case; {@code null} when the
 *              caller named none
 * @param today the day it would be issued (calendar zone)
 */
public record DocumentRequest(DocumentType type, CaseSummary summary, Integer party, LocalDate today) {

  public String caseNo() {
    return summary.caseNo();
  }

  public String processInstanceId() {
    return summary.processInstanceId();
  }
}
