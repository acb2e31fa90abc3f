package cn.sh.emergency.supervision.shared;

import java.util.Collection;
import java.util.List;

/** Where the official years come from: the database in the server, the shipped files in unit tests. */
public interface CalendarSource {

  /** Grows whenever any year is published or corrected; cheap to ask. */
  long version();

  /** The version in force of every official year. */
  Collection<HolidayYear> officialYears();

  /** Fixed official years that never change (unit tests, a calendar computed before it is committed). */
  static CalendarSource fixed(Collection<HolidayYear> years) {
    List<HolidayYear> copy = List.copyOf(years);
    return new CalendarSource() {
      @Override
      public long version() {
        return 0;
      }

      @Override
      public Collection<HolidayYear> officialYears() {
        return copy;
      }
    };
  }
}
