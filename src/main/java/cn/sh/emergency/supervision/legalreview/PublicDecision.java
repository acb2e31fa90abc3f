package cn.sh.emergency.supervision.legalreview;

import java.time.LocalDate;

/** What the anonymous publicity endpoint shows of a decision: nothing else exists in it. */
public record PublicDecision(String decisionNo, String district, String unitName, String persons, String violation,
                             String legalBasis, String penalty, LocalDate decisionDate) {
}
