package cn.sh.emergency.supervision.statistics;

/** The codes of the KPIs, in the order they are reported. */
public final class KpiCodes {

  public static final String HAZARDS_FOUND = "HAZARDS_FOUND";
  public static final String HAZARD_RECTIFICATION_RATE = "HAZARD_RECTIFICATION_RATE";
  public static final String MAJOR_HAZARD_RECTIFICATION_RATE = "MAJOR_HAZARD_RECTIFICATION_RATE";
  public static final String MAJOR_HAZARD_LISTING_RATE = "MAJOR_HAZARD_LISTING_RATE";
  public static final String HAZARD_ON_TIME_RATE = "HAZARD_ON_TIME_RATE";
  public static final String OPEN_OVERDUE_HAZARDS = "OPEN_OVERDUE_HAZARDS";
  public static final String MEAN_RECTIFICATION_DAYS = "MEAN_RECTIFICATION_DAYS";
  public static final String ACCIDENTS = "ACCIDENTS";
  /** Followed by the grade code: {@code ACCIDENTS_GENERAL}, {@code ACCIDENTS_LARGER}, … */
  public static final String ACCIDENTS_OF_GRADE = "ACCIDENTS_";
  public static final String ESCALATED_INVESTIGATIONS = "ESCALATED_INVESTIGATIONS";
  public static final String ACCIDENT_REPORTS_ON_TIME = "ACCIDENT_REPORTS_ON_TIME";
  public static final String EVALUATIONS_DONE = "EVALUATIONS_DONE";
  public static final String PENALTY_CASES = "PENALTY_CASES";
  public static final String DUAL_PENALTY_RATE = "DUAL_PENALTY_RATE";
  public static final String FINES_DECIDED = "FINES_DECIDED";
  public static final String FINES_COLLECTED = "FINES_COLLECTED";
  public static final String PUBLICATION_ON_TIME = "PUBLICATION_ON_TIME";
  public static final String INSPECTIONS_DONE = "INSPECTIONS_DONE";
  public static final String VIOLATIONS_FOUND = "VIOLATIONS_FOUND";
  public static final String VIOLATIONS_PER_THOUSAND_INSPECTIONS = "VIOLATIONS_PER_THOUSAND_INSPECTIONS";
  public static final String INSPECTION_FINDING_RATE = "INSPECTION_FINDING_RATE";
  public static final String RANDOM_INSPECTION_SHARE = "RANDOM_INSPECTION_SHARE";
  public static final String INSPECTION_PENALTY_RATE = "INSPECTION_PENALTY_RATE";
  public static final String PLANNED_INSPECTIONS_DONE = "PLANNED_INSPECTIONS_DONE";
  public static final String KEY_UNIT_COVERAGE = "KEY_UNIT_COVERAGE";

  private KpiCodes() {
  }
}
