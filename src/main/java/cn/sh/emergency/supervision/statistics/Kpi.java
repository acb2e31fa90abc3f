package cn.sh.emergency.supervision.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One KPI: what it counts ({@code numerator} of {@code denominator}), the figure to show ({@code value}: a percentage
 * with one decimal for unit "%", a mean for "天", else the numerator) and how it is defined. {@code value} is null when
 * the denominator is 0 (nothing to count yet); {@code denominator} is null for plain counts and sums.
 */
public record Kpi(String code, String lifecycle, String name, String unit, BigDecimal numerator, Long denominator,
                  BigDecimal value, String definition) {

  static final String PERCENT = "%";

  static Kpi rate(String code, String lifecycle, String name, String definition, long numerator, long denominator) {
    return new Kpi(code, lifecycle, name, PERCENT, BigDecimal.valueOf(numerator), denominator,
        percent(numerator, denominator), definition);
  }

  /** numerator ÷ denominator in percent, rounded half up to one decimal (97.2 for 7,809 ÷ 8,032); null for 0 ÷ 0. */
  static BigDecimal percent(long numerator, long denominator) {
    return denominator == 0 ? null
        : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }

  /** A count (of cases, accidents, …), optionally out of a total for context. */
  static Kpi count(String code, String lifecycle, String name, String unit, String definition, long count,
                   Long outOf) {
    return new Kpi(code, lifecycle, name, unit, BigDecimal.valueOf(count), outOf, BigDecimal.valueOf(count),
        definition);
  }

  /** numerator per thousand of denominator, one decimal (284.1 for 492 violations in 1,732 inspections). */
  static Kpi perThousand(String code, String lifecycle, String name, String unit, String definition, long numerator,
                         long denominator) {
    BigDecimal value = denominator == 0 ? null : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    return new Kpi(code, lifecycle, name, unit, BigDecimal.valueOf(numerator), denominator, value, definition);
  }

  static Kpi mean(String code, String lifecycle, String name, String unit, String definition, BigDecimal total,
                  long over) {
    BigDecimal value = over == 0 ? null : total.divide(BigDecimal.valueOf(over), 1, RoundingMode.HALF_UP);
    return new Kpi(code, lifecycle, name, unit, total, over, value, definition);
  }
}
