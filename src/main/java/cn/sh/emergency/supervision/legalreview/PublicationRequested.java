package cn.sh.emergency.supervision.legalreview;

/**
 * Another lifecycle made a decision that must be published (行政执法公示): published in the same transaction as a
 * decision registered over {@code POST /api/cases/{caseNo}/decisions}, by the handler within 7 working days.
 */
public record PublicationRequested(String caseNo, String district, DecisionRequest decision) {
}
