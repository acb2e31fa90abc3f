package cn.sh.emergency.supervision.shared;

import java.time.LocalDate;

/**
 * The day of the 清明 solar term in Beijing time, by the 21st-century day formula (寿星公式):
 * day = ⌊y · 0.2422 + 4.81⌋ − ⌊y / 4⌋ for y = year − 2000. The published 清明 days of 2014–2030 are checked by a
 * unit test.
 */
final class SolarTerms {

  private static final double TROPICAL_YEAR_FRACTION = 0.2422;
  private static final double QINGMING_CENTURY_CONSTANT = 4.81;

  private SolarTerms() {
  }

  static LocalDate qingming(int year) {
    if (year < 2001 || year > 2099) {
      throw new IllegalArgumentException("清明 is computed for 2001–2099 only: " + year);
    }
    int y = year - 2000;
    int day = (int) Math.floor(y * TROPICAL_YEAR_FRACTION + QINGMING_CENTURY_CONSTANT) - y / 4;
    return LocalDate.of(year, 4, day);
  }
}
