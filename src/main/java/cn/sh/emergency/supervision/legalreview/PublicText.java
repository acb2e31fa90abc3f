package cn.sh.emergency.supervision.legalreview;

import cn.sh.emergency.supervision.shared.ResidentId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free text of a decision as the public may read it (个人信息最小化): the names of the persons penalised masked
 * as in the persons field (张建华 → 张*华), resident identity numbers and mobile numbers hidden, and where an
 * individual lives — what follows 住址/家庭住址/居住地, and a lane address down to the flat (123弄4号501室) —
 * left out. The unit's own name and 住所 stay: they are what a unit's publicity is for.
 */
public final class PublicText {

  static final String ID_HIDDEN = "（身份证号码已隐去）";
  static final String ADDRESS_HIDDEN = "（住址已隐去）";

  /** 18 characters (the last may be X) or the older 15 digits, not part of a longer code. */
  private static final Pattern ID_CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
  /** A mainland mobile number (+86 optional), not part of a longer number. */
  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?!\\d)");
  /** An individual's address after its label, up to the end of the clause. */
  private static final Pattern LABELLED_ADDRESS = Pattern.compile(
      "(?<!（)(家庭住址|现住址|居住地址|住址|居住地)([：:]?+)(?!（)[^，。；;,\\n）)]+");
  /** A residential lane address down to the building or flat (Shanghai's 弄); the road's name alone stays. */
  private static final Pattern LANE_ADDRESS = Pattern.compile("\\d+弄(\\d+号)?(\\d+室)?");

  private PublicText() {
  }

  public static String of(String text, List<String> personNames) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    // Longer names first: 张建华 before a 张建 that is part of it.
    for (String name : personNames.stream().filter(n -> n != null && n.trim().length() >= 2).map(String::trim)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      result = result.replace(name, PersonNames.mask(name));
    }
    result = hideIdNumbers(result);
    result = MOBILE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "****" + m.group(3)));
    result = LABELLED_ADDRESS.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + (m.group(2).isEmpty() ? "：" : m.group(2)) + ADDRESS_HIDDEN));
    return LANE_ADDRESS.matcher(result).replaceAll(Matcher.quoteReplacement(ADDRESS_HIDDEN));
  }

  private static String hideIdNumbers(String text) {
    return ID_CANDIDATE.matcher(text).replaceAll(m -> {
      String candidate = m.group(1).toUpperCase(Locale.ROOT);
      boolean resident = candidate.length() == 15 || ResidentId.isValid(candidate);
      return Matcher.quoteReplacement(resident ? ID_HIDDEN : m.group(1));
    });
  }
}
