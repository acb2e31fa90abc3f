package cn.sh.emergency.supervision.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Names and codes of the parties a case is about (enterprises, persons) as they are typed in: one spelling for one
 * party, so that the ledger, duplicate reports and an enterprise's history find it again. Compatibility look-alikes
 * read as what they look like (NFKC: full-width {@code ＡＢＣ１２３} is {@code ABC123}, an ideographic space a
 * space) except the full-width punctuation of Chinese names, brackets are Chinese ones, and whitespace runs are one
 * space, none at either end. A character that cannot be seen or that controls the
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

  /**
   * A name in its normal form; null stays null. Letters, digits and spaces read as what they look like (NFKC), while
   * the full-width punctuation of Chinese names stays, and ASCII brackets become Chinese ones (registered names write
   * 上海某（集团）有限公司): {@code 上海ＡＢＣ(集团)公司} is {@code 上海ABC（集团）公司}. Whitespace runs are one space,
   * none at either end.
   */
  public static String name(String typed) {
    if (typed == null) {
      return null;
    }
    StringBuilder name = new StringBuilder(typed.length());
    boolean space = false;
    for (int c : chineseForm(typed).codePoints().toArray()) {
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

  /** NFKC except for full-width punctuation, which Chinese text uses as it is; ASCII brackets as Chinese ones. */
  private static String chineseForm(String typed) {
    StringBuilder out = new StringBuilder(typed.length());
    StringBuilder run = new StringBuilder();
    typed.codePoints().forEach(c -> {
      if (fullWidthPunctuation(c)) {
        out.append(Normalizer.normalize(run, Normalizer.Form.NFKC)).appendCodePoint(c);
        run.setLength(0);
      } else {
        run.appendCodePoint(c);
      }
    });
    out.append(Normalizer.normalize(run, Normalizer.Form.NFKC));
    return out.toString().replace('(', '（').replace(')', '）');
  }

  /** A character of the full-width forms block (U+FF01–U+FF5E) that is neither a letter nor a digit. */
  private static boolean fullWidthPunctuation(int c) {
    return c >= 0xFF01 && c <= 0xFF5E && !Character.isLetterOrDigit(c);
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
