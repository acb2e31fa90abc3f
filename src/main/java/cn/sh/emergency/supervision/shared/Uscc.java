package cn.sh.emergency.supervision.shared;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character
 * computed from the first 17 with weights 3^i mod 31 over a 31-character alphabet (no I, O, S, V, Z).
 */
public record Uscc(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int LENGTH = 18;

  public Uscc {
    String problem = problemWith(value);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
  }

  public static Uscc of(String value) {
    return new Uscc(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
  }

  public static boolean isValid(String value) {
    return problemWith(value) == null;
  }

  private static String problemWith(String value) {
    if (value == null || value.length() != LENGTH) {
      return "统一社会信用代码应为18位：" + value;
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < LENGTH - 1; i++) {
      int code = ALPHABET.indexOf(value.charAt(i));
      if (code < 0) {
        return "统一社会信用代码含非法字符：" + value;
      }
      sum += code * weight;
      weight = weight * 3 % 31;
    }
    char expected = ALPHABET.charAt((31 - sum % 31) % 31);
    if (value.charAt(LENGTH - 1) != expected) {
      return "统一社会信用代码校验位不正确：" + value;
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
