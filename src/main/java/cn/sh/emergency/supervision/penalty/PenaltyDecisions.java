package cn.sh.emergency.supervision.penalty;

/**
 * The decision tables of the dual-penalty lifecycle ({@code processes/penalty/*.dmn}) and their inputs and outputs.
 * Every amount of the law lives in the tables, so an administrator can redeploy a corrected table.
 */
public final class PenaltyDecisions {

  public static final String PENALTY_DISCRETION = "penalty-discretion";
  public static final String HEARING_ELIGIBILITY = "hearing-eligibility";
  /** Whether a party's decision needs legal review (法制审核) and collective discussion (集体讨论). */
  public static final String PENALTY_REVIEW_REQUIREMENTS = "penalty-review-requirements";
  /** Whether a circumstance permits a lighter penalty, a reduced one or none (行政处罚法 arts. 32, 33, 57). */
  public static final String PENALTY_MITIGATION = "penalty-mitigation";
  /** Whether the case's facts meet a threshold of a production-safety crime (行政处罚法 art. 27; 国务院令第310号). */
  public static final String CRIME_SCREENING = "crime-screening";
  /** Whether a penalty may be decided on the spot (简易程序, 行政处罚法 art. 51). */
  public static final String ON_THE_SPOT_ELIGIBILITY = "on-the-spot-eligibility";

  public static final String PARTY_KIND = "partyKind";
  public static final String LEGAL_BASIS_ARTICLE = "legalBasisArticle";
  public static final String ACCIDENT_GRADE = "accidentGrade";
  public static final String LAST_YEAR_INCOME_YUAN = "lastYearIncomeYuan";
  public static final String AGGRAVATED = "aggravated";
  /** The second tier of the paired articles (94, 97, 99, 102): the unit failed to correct in time. */
  public static final String OVERDUE_UNCORRECTED = "overdueUncorrected";
  public static final String FINE_MIN_YUAN = "fineMinYuan";
  public static final String FINE_MAX_YUAN = "fineMaxYuan";
  public static final String FINE_YUAN = "fineYuan";
  public static final String DECISION_TYPE = "decisionType";
  public static final String HEARING_RIGHT = "hearingRight";
  public static final String ACCIDENT_CASE = "accidentCase";
  public static final String HEARING_HELD = "hearingHeld";
  public static final String LEGAL_REVIEW_REQUIRED = "legalReviewRequired";
  public static final String COLLECTIVE_DISCUSSION_REQUIRED = "collectiveDiscussionRequired";
  public static final String MITIGATION_GROUND = "mitigationGround";
  public static final String TREATMENT = "treatment";
  public static final String PERMITTED = "permitted";
  public static final String ARTICLE = "article";
  /** The case's harm (死亡含下落不明, 重伤含急性工业中毒, 直接经济损失): what the crime screening weighs. */
  public static final String DEATHS = "deaths";
  public static final String SERIOUS_INJURIES = "seriousInjuries";
  public static final String DIRECT_LOSS_YUAN = "directLossYuan";
  public static final String SUSPECTED_CRIME = "suspectedCrime";
  public static final String SUSPECTED_OFFENCE = "suspectedOffence";
  public static final String CRIME_THRESHOLD = "crimeThreshold";
  /** The unit is suspected too: its decision waits with the persons'. */
  public static final String UNIT_SUSPECTED = "unitSuspected";
  public static final String SUMMARY_PENALTY = "summaryPenalty";
  public static final String ELIGIBLE = "eligible";
  public static final String MAX_FINE_YUAN = "maxFineYuan";

  private PenaltyDecisions() {
  }
}
