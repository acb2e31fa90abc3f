package cn.sh.emergency.supervision.accident;

/** The accident decision tables ({@code processes/accident/*.dmn}) and their inputs and outputs. */
public final class AccidentDecisions {

  public static final String ACCIDENT_GRADE = "accident-grade";
  public static final String DEATHS = "deaths";
  /** Missing persons (下落不明), counted with the dead in Shanghai. */
  public static final String MISSING = "missing";
  public static final String SERIOUS_INJURIES = "seriousInjuries";
  public static final String DIRECT_LOSS_YUAN = "directLossYuan";
  public static final String GRADE = "grade";
  public static final String ACCIDENT_INVESTIGATING_LEVEL = "accident-investigating-level";
  public static final String INVESTIGATING_LEVEL = "investigatingLevel";

  private AccidentDecisions() {
  }
}
