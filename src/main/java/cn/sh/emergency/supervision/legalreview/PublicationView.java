package cn.sh.emergency.supervision.legalreview;

import java.time.Instant;
import java.time.LocalDate;

/** A publication as staff see it: with its deadline, lateness and withdrawal. */
public record PublicationView(String decisionNo, String caseNo, String district, String unitName, String persons,
                              LocalDate decisionDate, Instant publicationDue, Instant publishedAt, boolean late,
                              Instant withdrawnAt, String withdrawalReason) {
}
