package cn.sh.emergency.supervision.shared;

/**
 * A date so far from today (beyond the calendar's horizon, or before the statutory holiday rules it knows) that no
 * deadline can sensibly be computed on it: almost always a mistyped year.
 */
public class CalendarNotCoveredException extends InvalidInputException {

  private final int year;

  public CalendarNotCoveredException(int year) {
    super(year + "年超出法定期限的计算范围，请核对所填日期的年份。");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
