package cn.sh.emergency.supervision.casefile;

/** Which earlier reports of the same district a new report duplicates ({@link DuplicateReports}). */
public enum DuplicateRule {
  /** Accidents: the same unit, occurred within the occurrence window of each other. */
  SAME_OCCURRENCE,
  /** Hazards: the same unit, the same location and a similar description, reported within the report window. */
  SAME_PLACE_AND_DESCRIPTION
}
