package cn.sh.emergency.supervision.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The 双随机 draw, version {@value #VERSION}, simple enough to re-run with any SHA-256 tool from what a draw publishes:
 * <ol>
 *   <li>units: every credit code of the pool gets the key {@code SHA-256(seed + "|unit|" + uscc)} (hex, lower case);
 *       the units with the smallest keys are drawn, in the order of their keys;</li>
 *   <li>officers: for each drawn unit in that order, every officer of the roster not excluded for it (a declared
 *       conflict of interest; an officer of the unit's last inspection) gets the key
 *       {@code SHA-256(seed + "|officer|" + uscc + "|" + certificateNo)} (officers are known by their enforcement
 *       certificate numbers, which the documents print); the two with the smallest keys inspect it.</li>
 * </ol>
 * Text is UTF-8; ties cannot occur for distinct inputs in practice and would fall to the credit code or number.
 */
public final class DrawAlgorithm {

  public static final String VERSION = "SHA256-1";
  /** Officers drawn for each unit (行政处罚法 art. 42: at least two). */
  public static final int OFFICERS = 2;

  private DrawAlgorithm() {
  }

  public static List<String> units(String seed, Collection<String> pool, int count) {
    return pool.stream().distinct()
        .sorted(Comparator.comparing((String uscc) -> key(seed + "|unit|" + uscc)).thenComparing(u -> u))
        .limit(count).toList();
  }

  /** The officers (by certificate number) drawn for the unit among the roster's numbers not excluded. */
  public static List<String> officers(String seed, String uscc, Collection<String> roster,
                                      Collection<String> excluded) {
    return roster.stream().distinct().filter(no -> !excluded.contains(no))
        .sorted(Comparator.comparing((String no) -> key(seed + "|officer|" + uscc + "|" + no)).thenComparing(no -> no))
        .limit(OFFICERS).toList();
  }

  static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
