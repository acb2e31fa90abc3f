package cn.sh.emergency.supervision.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A value of a code set the forms, the decision tables and the Java code share (district, sector, accident grade,
 * legal-basis article …): the code the engine and the database hold, and its Chinese name as the forms show it.
 * Each code set is one enum implementing this; {@code FormCodeLabelsUnitTest} checks the forms' options and the
 * decision tables' literals against it.
 */
public interface Coded {

  /**
   * The value of the process variable, e.g. {@code GENERAL}, {@code jingan}, {@code SPL-95}: the constant's name
   * unless the code set has codes of its own.
   */
  default String code() {
    return ((Enum<?>) this).name();
  }

  /** How the forms, documents and statistics name it, e.g. 一般事故. */
  String chineseName();

  /** The constant of a code, if it is one. */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> codeSet, Object code) {
    if (code == null) {
      return Optional.empty();
    }
    String text = code.toString().trim();
    return Arrays.stream(codeSet.getEnumConstants()).filter(c -> c.code().equals(text)).findFirst();
  }

  /**
   * The constant a person typed, e.g. in a spreadsheet: its code in any case ({@code high}, {@code JINGAN}) or its
   * Chinese name ({@code 高风险}); full-width letters read as what they look like (NFKC), surrounding spaces ignored.
   */
  static <E extends Enum<E> & Coded> Optional<E> findTyped(Class<E> codeSet, String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    return Arrays.stream(codeSet.getEnumConstants())
        .filter(c -> c.code().equalsIgnoreCase(text)
            || Normalizer.normalize(c.chineseName(), Normalizer.Form.NFKC).equals(text))
        .findFirst();
  }

  /** The Chinese name of a code; a value outside the code set is shown as it is (nothing for none). */
  static <E extends Enum<E> & Coded> String nameOf(Class<E> codeSet, Object code) {
    return find(codeSet, code).map(Coded::chineseName).orElse(code == null ? "" : code.toString().trim());
  }

  /** Every code of the set, in the enum's order. */
  static <E extends Enum<E> & Coded> String[] codes(Class<E> codeSet) {
    return Arrays.stream(codeSet.getEnumConstants()).map(Coded::code).toArray(String[]::new);
  }
}
