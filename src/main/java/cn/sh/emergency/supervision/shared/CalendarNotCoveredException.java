package cn.sh.emergency.supervision.shared;

/**
 * A period reaches into a year for which no holiday arrangement is loaded. Computing it as if only weekends
 * existed would give wrong statutory deadlines, so the computation fails and names the missing year.
 */
public class CalendarNotCoveredException extends InvalidInputException {

  private final int year;

  public CalendarNotCoveredException(int year) {
    super("节假日数据未覆盖" + year + "年，无法计算法定期限。请管理员补充该年度国务院节假日安排"
        + "（calendar/" + year + ".json 或 supervision.calendar.override-file）。");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
