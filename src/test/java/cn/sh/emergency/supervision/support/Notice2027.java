package cn.sh.emergency.supervision.support;

import cn.sh.emergency.supervision.shared.HolidayYear;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 2027 notice in the shape the State Council publishes (the real one is not out yet): every statutory day inside a
 * longer block, and 调休 make-up Saturdays and Sundays — among them Sat 2027-01-30 and a 春节 block running to 02-13,
 * which move deadlines computed provisionally.
 */
public final class Notice2027 {

  public static final String TITLE = "国务院办公厅关于2027年部分节假日安排的通知（测试）";
  public static final LocalDate ISSUED_ON = LocalDate.parse("2026-11-20");

  private Notice2027() {
  }

  public static HolidayYear year() {
    return new HolidayYear(2027, TITLE, ISSUED_ON,
        List.of(block("元旦", "2027-01-01", "2027-01-03"), block("春节", "2027-02-05", "2027-02-13"),
            block("清明节", "2027-04-03", "2027-04-05"), block("劳动节", "2027-05-01", "2027-05-05"),
            block("端午节", "2027-06-09", "2027-06-11"), block("中秋节", "2027-09-15", "2027-09-17"),
            block("国庆节", "2027-10-01", "2027-10-07")),
        List.of(LocalDate.parse("2027-01-30"), LocalDate.parse("2027-02-20"), LocalDate.parse("2027-05-08"),
            LocalDate.parse("2027-09-26"), LocalDate.parse("2027-10-09")));
  }

  /** The body of {@code PUT /api/admin/calendar/2027}. */
  public static Map<String, Object> body() {
    HolidayYear year = year();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", year.title());
    body.put("issuedOn", year.issuedOn().toString());
    body.put("holidays", year.holidays().stream()
        .map(b -> Map.of("name", b.name(), "from", b.from().toString(), "to", b.to().toString())).toList());
    body.put("workdays", year.workdays().stream().map(LocalDate::toString).toList());
    return body;
  }

  private static HolidayYear.Block block(String name, String from, String to) {
    return new HolidayYear.Block(name, LocalDate.parse(from), LocalDate.parse(to));
  }
}
