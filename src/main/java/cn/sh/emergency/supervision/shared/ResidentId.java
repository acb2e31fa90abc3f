package cn.sh.emergency.supervision.shared;

import java.util.Locale;

/**
 * Citizen identity number (公民身份号码, GB 11643-1999): 17 digits and a check character (0–9 or X), the ISO 7064
 * MOD 11-2 checksum of the first 17.
 */
public record ResidentId(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  public ResidentId {
    String problem = problemWith(value);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
  }

  public static ResidentId of(String value) {
    return new ResidentId(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String value) {
    return problemWith(value) == null;
  }

  private static String problemWith(String value) {
    if (value == null || value.length() != 18) {
      return "身份证号码应为18位";
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return "身份证号码前17位应为数字";
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return value.charAt(17) == CHECK.charAt(sum % 11) ? null : "身份证号码校验位不正确";
  }

  /** Never the whole number in messages or logs. */
  @Override
  public String toString() {
    return masked(value);
  }

  /** The number as messages and notices show it: region and last four characters (310106********1232). */
  public static String masked(String value) {
    return value == null || value.length() != 18 ? "******" : value.substring(0, 6) + "********" + value.substring(14);
  }
}
