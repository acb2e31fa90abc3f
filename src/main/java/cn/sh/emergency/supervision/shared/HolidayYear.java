package cn.sh.emergency.supervision.shared;

import java.time.LocalDate;
import java.util.List;

/** One year's official arrangement: days off (holiday blocks) and weekend days worked (调休). */
public record HolidayYear(int year, String source, List<Block> holidays, List<LocalDate> workdays) {

  public HolidayYear {
    holidays = List.copyOf(holidays == null ? List.of() : holidays);
    workdays = List.copyOf(workdays == null ? List.of() : workdays);
    for (Block block : holidays) {
      if (block.from().isAfter(block.to())) {
        throw new IllegalArgumentException("holiday block ends before it starts: " + block);
      }
    }
  }

  public record Block(String name, LocalDate from, LocalDate to) {
  }
}
