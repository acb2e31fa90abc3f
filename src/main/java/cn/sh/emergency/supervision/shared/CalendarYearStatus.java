package cn.sh.emergency.supervision.shared;

/** Whether a year's working days come from the State Council's notice or are computed from the statutory holidays. */
public enum CalendarYearStatus {
  OFFICIAL("正式"),
  PROVISIONAL("暂定");

  private final String chineseName;

  CalendarYearStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
