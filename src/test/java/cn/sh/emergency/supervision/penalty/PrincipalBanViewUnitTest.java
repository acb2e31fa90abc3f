package cn.sh.emergency.supervision.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 安全生产法 art. 94 para. 3: five years from the first day, or for life in the industry. */
class PrincipalBanViewUnitTest {

  private static PrincipalBanView ban(BanBasis basis, LocalDate from, String sector) {
    PrincipalBan ban = new PrincipalBan(new PartyView(7L, "PN-1", 2, PartyKind.PRINCIPAL, "李四", null,
        "310106197505051232", 300_000L, "SPL-94", null, null, null, null, null, null, null, null,
        PartyStatus.REGISTERED, null), basis);
    ban.state("（2026）沪0106刑初99号", from, sector, "jingan-handler", Instant.parse("2026-03-02T01:00:00Z"));
    return ban.view();
  }

  @Test
  void fiveYearsEndTheDayBeforeTheAnniversaryEvenFromALeapDay() {
    PrincipalBanView leap = ban(BanBasis.CRIMINAL_PENALTY, LocalDate.of(2028, 2, 29), "MINING");
    assertThat(leap.endsOn()).isEqualTo(LocalDate.of(2033, 2, 27));
    assertThat(leap.sector()).as("a five-year ban covers any unit").isNull();
    assertThat(leap.inForceOn(LocalDate.of(2026, 3, 2))).as("a ban still ahead bars him too").isTrue();
    assertThat(leap.inForceOn(LocalDate.of(2033, 2, 27))).isTrue();
    assertThat(leap.inForceOn(LocalDate.of(2033, 2, 28))).isFalse();
    assertThat(leap.covers("HAZARDOUS_CHEMICALS")).isTrue();
    assertThat(leap.description()).isEqualTo("李四（身份证号310106********1232）受刑事处罚（（2026）沪0106刑初99号），"
        + "自二〇二八年二月二十九日起至二〇三三年二月二十七日不得担任任何生产经营单位的主要负责人（案件PN-1）");
  }

  @Test
  void aMajorAccidentBarsForLifeInItsIndustryOnly() {
    PrincipalBanView lifelong = ban(BanBasis.MAJOR_ACCIDENT, LocalDate.of(2026, 3, 2), "MINING");
    assertThat(lifelong.endsOn()).isNull();
    assertThat(lifelong.inForceOn(LocalDate.of(2090, 1, 1))).isTrue();
    assertThat(lifelong.covers("MINING")).isTrue();
    assertThat(lifelong.covers("HAZARDOUS_CHEMICALS")).isFalse();
    assertThat(lifelong.description()).contains("自二〇二六年三月二日起终身不得担任本行业生产经营单位的主要负责人");
  }
}
