package cn.sh.emergency.supervision.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * When two reports speak of the same thing (重复报告). Texts are compared as people type them: full-width and
 * half-width characters alike, letters in any case, whitespace and punctuation ignored — {@code 3号 仓库（东侧）} and
 * {@code ３号仓库东侧} are the same place.
 * <ul>
 *   <li>same unit: both credit codes equal where both reports have one, otherwise the names equal;</li>
 *   <li>same location: the locations equal;</li>
 *   <li>similar description: the descriptions equal, or one contains the other (危化品混存 and 3号仓库危化品混存，未分区).</li>
 * </ul>
 */
public final class ReportMatching {

  private ReportMatching() {
  }

  /** The text as compared: NFKC (full-width → half-width), lower case, letters and digits only. */
  public static String normalised(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  public static boolean sameUnit(String uscc, String name, String otherUscc, String otherName) {
    if (!isBlank(uscc) && !isBlank(otherUscc)) {
      return uscc.trim().equalsIgnoreCase(otherUscc.trim());
    }
    String normalised = normalised(name);
    return !normalised.isEmpty() && normalised.equals(normalised(otherName));
  }

  public static boolean sameLocation(String location, String otherLocation) {
    String key = locationKey(location);
    return key != null && key.equals(locationKey(otherLocation));
  }

  /**
   * The location as the ledger keeps it for comparison: the SHA-256 (hex) of its normalised text, equal exactly for
   * the same location and short enough to index whatever its length; null for an empty location.
   */
  public static String locationKey(String location) {
    String normalised = normalised(location);
    if (normalised.isEmpty()) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static boolean similarDescription(String description, String otherDescription) {
    String one = normalised(description);
    String other = normalised(otherDescription);
    return !one.isEmpty() && !other.isEmpty() && (one.contains(other) || other.contains(one));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
