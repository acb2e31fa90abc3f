package cn.sh.emergency.supervision.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday arrangement: days off (holiday blocks) and weekend days worked (调休). Official years carry the
 * State Council notice's title and date; a provisional year is computed from the statutory holidays and has none.
 */
public record HolidayYear(int year, String title, LocalDate issuedOn, List<Block> holidays, List<LocalDate> workdays) {

  public HolidayYear {
    holidays = List.copyOf(holidays == null ? List.of() : holidays);
    workdays = List.copyOf(workdays == null ? List.of() : workdays);
    for (Block block : holidays) {
      if (block.from() == null || block.to() == null || block.from().isAfter(block.to())) {
        throw new InvalidInputException("放假时段的起止日期不正确：" + block.name());
      }
    }
  }

  public record Block(String name, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }
}
