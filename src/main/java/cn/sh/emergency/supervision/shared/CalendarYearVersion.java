package cn.sh.emergency.supervision.shared;

import java.time.Instant;

/** One stored version of a year's official arrangement: who published it, when, and from where. */
public record CalendarYearVersion(HolidayYear year, int version, Origin origin, String publishedBy,
                                  Instant publishedAt) {

  public enum Origin {
    /** Shipped with the application (calendar/*.json), stored at the first start. */
    SHIPPED,
    /** Published by an administrator. */
    PUBLISHED
  }
}
