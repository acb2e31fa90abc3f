package cn.sh.emergency.supervision.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The form of an enforcement certificate number: loose, since the issuing series differ, but never garbage. */
class CertificateNumbersUnitTest {

  @ParameterizedTest
  @ValueSource(strings = {"310106-0001", "31010600123", "SH-JA-2026-0001", "a1", "1"})
  void lettersDigitsAndSingleHyphensAreKeptAsEntered(String number) {
    assertThat(CertificateNumbers.normalise(number)).isEqualTo(number);
  }

  @Test
  void surroundingSpaceIsTrimmedAndFullWidthCharactersAreReadAsTheirAsciiForms() {
    assertThat(CertificateNumbers.normalise("  310106-0001\t")).isEqualTo("310106-0001");
    // As a Chinese input method types them: full-width digits, letters, hyphen and the ideographic space.
    assertThat(CertificateNumbers.normalise("\u3000３１０１０６－ＳＨ０１")).isEqualTo("310106-SH01");
  }

  @Test
  void thirtyTwoCharactersAtMost() {
    assertThat(CertificateNumbers.normalise("1".repeat(32))).hasSize(32);
    assertThatThrownBy(() -> CertificateNumbers.normalise("1".repeat(33))).isInstanceOf(InvalidInputException.class)
        .hasMessage("执法证号不能超过32个字符");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u3000"})
  void blankIsRefused(String number) {
    assertThatThrownBy(() -> CertificateNumbers.normalise(number)).isInstanceOf(InvalidInputException.class)
        .hasMessage("请填写执法证号");
    assertThatThrownBy(() -> CertificateNumbers.normalise(null)).hasMessage("请填写执法证号");
  }

  @ParameterizedTest
  @ValueSource(strings = {"沪执0001", "3101 0600", "-0001", "0001-", "31--01", "31/01", "31_01", "1;drop table x",
      "<b>1</b>"})
  void anythingButLettersDigitsAndSingleInnerHyphensIsRefused(String number) {
    assertThatThrownBy(() -> CertificateNumbers.normalise(number)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("执法证号只能由字母、数字和连字符（-）组成");
  }
}
