package cn.sh.emergency.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedValuesUnitTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91310000MA1FL8TQ49", "91110000100000000R"})
  void validCreditCodes(String code) {
    assertThat(Uscc.isValid(code)).isTrue();
    assertThat(Uscc.of(" " + code.toLowerCase() + " ").value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "91350100I000100Y43",
      "", "913501OOM000100Y43"})
  void invalidCreditCodesAreRefusedWithAChineseMessage(String code) {
    assertThat(Uscc.isValid(code)).isFalse();
    assertThatThrownBy(() -> Uscc.of(code)).isInstanceOf(InvalidInputException.class).hasMessageContaining("统一社会信用代码");
  }

  @Test
  void caseNumbersFormatAndParse() {
    CaseNumber number = new CaseNumber(CaseType.HZ, District.JINGAN, 2026, 42);
    assertThat(number).hasToString("HZ-JINGAN-2026-000042");
    assertThat(CaseNumber.parse("HZ-JINGAN-2026-000042")).isEqualTo(number);
    assertThat(CaseNumber.parse("PN-CITY-2025-999999").district()).isEqualTo(District.CITY);
    assertThatThrownBy(() -> CaseNumber.parse("HZ-JINGAN-2026-42")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CaseNumber.parse("XX-JINGAN-2026-000001")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CaseNumber.parse("HZ-ATLANTIS-2026-000001")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CaseNumber(CaseType.HZ, District.JINGAN, 2026, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void districtsAreTheSixteenDistrictsAndTheCity() {
    assertThat(District.values()).hasSize(17);
    assertThat(District.of(" JingAn ")).isEqualTo(District.JINGAN);
    assertThat(District.of("pudong").chineseName()).isEqualTo("浦东新区");
    assertThatThrownBy(() -> District.of("atlantis")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("未知的区代码");
    assertThatThrownBy(() -> District.of(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sectors() {
    assertThat(Sector.of("GAS").chineseName()).isEqualTo("燃气");
    assertThatThrownBy(() -> Sector.of("gas")).isInstanceOf(InvalidInputException.class);
  }
}
