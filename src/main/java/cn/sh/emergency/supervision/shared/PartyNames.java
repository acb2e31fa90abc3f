package cn.sh.emergency.supervision.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Names and codes of the parties a case is about (enterprises, persons) as they are typed in: one spelling for one
 * party, so that the ledger, duplicate reports and an enterprise's history find it again. Compatibility look-alikes
 * read as what they look like (NFKC: full-width {@code ＡＢＣ１２３} is {@code ABC123}, an ideographic space a
 * space), and whitespace runs are one space, none at either end. A character that cannot be seen or that controls the
 * text (zero-width space and joiners, word joiner, byte order mark, bidirectional overrides and isolates, other
 * format and control characters, private-use and unassigned code points) is refused: it would make two equal-looking
 * names different, or show a name other than the one stored.
 */
public final class PartyNames {

  private PartyNames() {
  }

  /**
   * The problem with a typed name or code ({@code label} names the field), e.g.
   * {@code 企业名称含有不可见字符或控制字符（U+200B），请删除后重新填写}; empty when it has none.
   */
  public static Optional<String> problem(String label, String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    return typed.codePoints().filter(PartyNames::hidden).limit(1).boxed().findFirst()
        .map(c -> label + "含有不可见字符或控制字符（" + String.format("U+%04X", c) + "），请删除后重新填写");
  }

  /** A name in its normal form (NFKC, whitespace runs as one space, trimmed); null stays null. */
  public static String name(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder name = new StringBuilder(typed.length());
    boolean space = false;
    for (int c : Normalizer.normalize(typed, Normalizer.Form.NFKC).codePoints().toArray()) {
      if (isSpace(c)) {
        space = name.length() > 0;
      } else {
        if (space) {
          name.append(' ');
          space = false;
        }
        name.appendCodePoint(c);
      }
    }
    return name.toString();
  }

  /** A code (credit code, identity number) in its normal form: NFKC, no whitespace, upper case; null stays null. */
  public static String code(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder code = new StringBuilder(typed.length());
    Normalizer.normalize(typed, Normalizer.Form.NFKC).codePoints().filter(c -> !isSpace(c))
        .forEach(code::appendCodePoint);
    return code.toString().toUpperCase(Locale.ROOT);
  }

  /** The name in its normal form, or an {@link InvalidInputException} with the problem. */
  public static String checkedName(String label, String typed) {
    problem(label, typed).ifPresent(problem -> {
      throw new InvalidInputException(problem);
    });
    return name(typed);
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean hidden(int c) {
    if (isSpace(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT, Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED ->
          true;
      default -> false;
    };
  }
}
