package cn.sh.emergency.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.HazardLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each KPI formula at its boundaries: nothing in the period, open cases only, rounding, what is left out. */
class KpiFormulasUnitTest {

  private static final String GENERAL = HazardLevel.GENERAL.code();
  private static final String MAJOR = HazardLevel.MAJOR.code();
  private static final String RECTIFIED = HazardProcess.Outcome.RECTIFIED;

  @Test
  void percentagesRoundHalfUpToOneDecimalAndAreAbsentWithoutDenominator() {
    assertThat(Kpi.percent(7809, 8032)).isEqualByComparingTo("97.2");
    assertThat(Kpi.percent(1, 16)).isEqualByComparingTo("6.3");
    assertThat(Kpi.percent(2, 3)).isEqualByComparingTo("66.7");
    assertThat(Kpi.percent(5, 5)).isEqualByComparingTo("100.0");
    assertThat(Kpi.percent(0, 7)).isEqualByComparingTo("0.0");
    assertThat(Kpi.percent(0, 0)).isNull();
  }

  @Nested
  class Hazards {

    @Test
    void anEmptyPeriodHasNoRatesAndZeroCounts() {
      List<Kpi> kpis = HazardKpis.of(List.of());
      assertThat(kpi(kpis, KpiCodes.HAZARDS_FOUND).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.OPEN_OVERDUE_HAZARDS).value()).isZero();
      for (String rate : List.of(KpiCodes.HAZARD_RECTIFICATION_RATE, KpiCodes.MAJOR_HAZARD_RECTIFICATION_RATE,
          KpiCodes.MAJOR_HAZARD_LISTING_RATE, KpiCodes.HAZARD_ON_TIME_RATE, KpiCodes.MEAN_RECTIFICATION_DAYS)) {
        assertThat(kpi(kpis, rate).value()).as(rate).isNull();
        assertThat(kpi(kpis, rate).denominator()).as(rate).isZero();
      }
    }

    @Test
    void openHazardsAreFoundButNotRectified() {
      List<Kpi> kpis = HazardKpis.of(List.of(
          cell(GENERAL, null).cases(4).open(4).openOverdue(1).build(),
          cell(MAJOR, null).cases(1).open(1).listed(1).build()));
      assertThat(kpi(kpis, KpiCodes.HAZARDS_FOUND).value()).isEqualByComparingTo("5");
      assertRate(kpi(kpis, KpiCodes.HAZARD_RECTIFICATION_RATE), 0, 5, "0.0");
      assertRate(kpi(kpis, KpiCodes.MAJOR_HAZARD_LISTING_RATE), 1, 1, "100.0");
      assertThat(kpi(kpis, KpiCodes.OPEN_OVERDUE_HAZARDS)).satisfies(k -> {
        assertThat(k.numerator()).isEqualByComparingTo("1");
        assertThat(k.denominator()).isEqualTo(5);
      });
      assertThat(kpi(kpis, KpiCodes.HAZARD_ON_TIME_RATE).value()).isNull();
      assertThat(kpi(kpis, KpiCodes.MEAN_RECTIFICATION_DAYS).value()).isNull();
    }

    @Test
    void unfoundedAndUnverifiedReportsAreNotHazards() {
      List<Kpi> kpis = HazardKpis.of(List.of(
          cell(HazardLevel.UNFOUNDED.code(), HazardProcess.Outcome.UNFOUNDED).cases(9).build(),
          cell(null, null).cases(3).open(3).openOverdue(3).build(),
          cell(GENERAL, RECTIFIED).cases(2).onTime(1).openToCloseSeconds(3 * 86_400).build()));
      assertThat(kpi(kpis, KpiCodes.HAZARDS_FOUND).value()).isEqualByComparingTo("2");
      assertRate(kpi(kpis, KpiCodes.HAZARD_RECTIFICATION_RATE), 2, 2, "100.0");
      assertRate(kpi(kpis, KpiCodes.HAZARD_ON_TIME_RATE), 1, 2, "50.0");
      assertThat(kpi(kpis, KpiCodes.OPEN_OVERDUE_HAZARDS).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.MEAN_RECTIFICATION_DAYS).value()).isEqualByComparingTo("1.5");
    }

    @Test
    void majorHazardRatesCountOnlyMajorHazards() {
      List<Kpi> kpis = HazardKpis.of(List.of(
          cell(MAJOR, RECTIFIED).cases(3).listed(3).onTime(2).build(),
          cell(MAJOR, null).cases(1).open(1).build(),
          cell(GENERAL, RECTIFIED).cases(10).onTime(10).build()));
      assertRate(kpi(kpis, KpiCodes.MAJOR_HAZARD_RECTIFICATION_RATE), 3, 4, "75.0");
      assertRate(kpi(kpis, KpiCodes.MAJOR_HAZARD_LISTING_RATE), 3, 4, "75.0");
      assertRate(kpi(kpis, KpiCodes.HAZARD_RECTIFICATION_RATE), 13, 14, "92.9");
      assertRate(kpi(kpis, KpiCodes.HAZARD_ON_TIME_RATE), 12, 13, "92.3");
    }
  }

  @Nested
  class Accidents {

    @Test
    void anEmptyPeriodHasNoAccidentsAndNoRates() {
      List<Kpi> kpis = AccidentKpis.of(List.of());
      assertThat(kpi(kpis, KpiCodes.ACCIDENTS).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.ACCIDENTS_OF_GRADE + AccidentGrade.MAJOR.code()).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.ACCIDENT_REPORTS_ON_TIME).value()).isNull();
      assertThat(kpi(kpis, KpiCodes.EVALUATIONS_DONE).value()).isNull();
    }

    @Test
    void accidentsByGradeEscalationReportingAndEvaluation() {
      List<Kpi> kpis = AccidentKpis.of(List.of(
          cell(AccidentGrade.GENERAL.code(), null).cases(5).open(5).reported(5).reportedOnTime(4).build(),
          cell(AccidentGrade.LARGER.code(), null).cases(1).open(1).escalated(1).reported(1).reportedOnTime(1)
              .evaluationsDue(1).build(),
          cell(AccidentGrade.GENERAL.code(), "CLOSED").cases(2).reported(2).reportedOnTime(2).evaluationsDue(2)
              .evaluated(2).build(),
          cell(null, CommonVariables.CANCELED).cases(3).reported(3).build()));
      assertThat(kpi(kpis, KpiCodes.ACCIDENTS).value()).isEqualByComparingTo("8");
      assertThat(kpi(kpis, KpiCodes.ACCIDENTS_OF_GRADE + AccidentGrade.GENERAL.code())).satisfies(k -> {
        assertThat(k.value()).isEqualByComparingTo("7");
        assertThat(k.denominator()).isEqualTo(8);
      });
      assertThat(kpi(kpis, KpiCodes.ACCIDENTS_OF_GRADE + AccidentGrade.EXTRAORDINARY.code()).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.ESCALATED_INVESTIGATIONS).value()).isEqualByComparingTo("1");
      assertRate(kpi(kpis, KpiCodes.ACCIDENT_REPORTS_ON_TIME), 7, 8, "87.5");
      assertRate(kpi(kpis, KpiCodes.EVALUATIONS_DONE), 2, 3, "66.7");
    }
  }

  @Nested
  class Penalties {

    @Test
    void anEmptyPeriodHasNoCasesAndNoRates() {
      List<Kpi> kpis = PenaltyKpis.of(List.of());
      assertThat(kpi(kpis, KpiCodes.PENALTY_CASES).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.FINES_DECIDED).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.DUAL_PENALTY_RATE).value()).isNull();
      assertThat(kpi(kpis, KpiCodes.FINES_COLLECTED).value()).isNull();
      assertThat(PenaltyKpis.publicationOnTime(List.of()).value()).isNull();
    }

    @Test
    void refusedAndCanceledProposalsAreNotCasesAndOnlyAccidentCasesCountForTheDualPenaltyRate() {
      List<Kpi> kpis = PenaltyKpis.of(List.of(
          cell(AccidentGrade.GENERAL.code(), DualPenaltyProcess.Outcome.CLOSED).cases(3).withPersonPenalised(2)
              .fineDecidedYuan(900_000).fineCollectedYuan(600_000).publications(6).publicationsLate(1).build(),
          cell(AccidentGrade.LARGER.code(), null).cases(1).open(1).build(),
          cell(null, null).cases(4).open(4).withPersonPenalised(4).fineDecidedYuan(100_000).build(),
          cell(null, DualPenaltyProcess.Outcome.NOT_REGISTERED).cases(2).build(),
          cell(null, CommonVariables.CANCELED).cases(1).build()));
      assertThat(kpi(kpis, KpiCodes.PENALTY_CASES).value()).isEqualByComparingTo("8");
      assertRate(kpi(kpis, KpiCodes.DUAL_PENALTY_RATE), 2, 4, "50.0");
      assertThat(kpi(kpis, KpiCodes.FINES_DECIDED).value()).isEqualByComparingTo("1000000");
      assertRate(kpi(kpis, KpiCodes.FINES_COLLECTED), 600_000, 1_000_000, "60.0");
    }

    @Test
    void publicationOnTimeCountsEveryPublishedDecision() {
      Kpi kpi = PenaltyKpis.publicationOnTime(List.of(
          cell(null, null).publications(6).publicationsLate(1).build(),
          cell(AccidentGrade.GENERAL.code(), null).publications(2).build()));
      assertRate(kpi, 7, 8, "87.5");
    }
  }

  private static void assertRate(Kpi kpi, long numerator, long denominator, String value) {
    assertThat(kpi.unit()).isEqualTo(Kpi.PERCENT);
    assertThat(kpi.numerator()).isEqualByComparingTo(BigDecimal.valueOf(numerator));
    assertThat(kpi.denominator()).isEqualTo(denominator);
    assertThat(kpi.value()).isEqualByComparingTo(value);
  }

  @Nested
  class Inspections {

    private static final String DONE_CLEAN = InspectionProcess.Outcome.NO_FINDING;
    private static final String HAZARDS = InspectionProcess.Outcome.HAZARDS_HANDED_OVER;
    private static final String REFERRED = InspectionProcess.Outcome.PENALTY_REFERRED;

    /** Shanghai 2025 Q1: 492 violations in 1,732 inspections → 284.1 per thousand. */
    @Test
    void violationsPerThousandInspectionsAsTheCityReportsThem() {
      List<Kpi> kpis = InspectionKpis.of(List.of(
          cell("COMPLAINT", DONE_CLEAN).cases(1_400).build(),
          cell("COMPLAINT", HAZARDS).cases(232).findings(300).build(),
          cell("RANDOM", REFERRED).cases(100).findings(192).build(),
          cell("COMPLAINT", InspectionProcess.Outcome.VOIDED).cases(40).build(),
          cell("COMPLAINT", null).cases(9).open(9).findings(5).build()));
      assertThat(kpi(kpis, KpiCodes.INSPECTIONS_DONE).value()).isEqualByComparingTo("1732");
      assertThat(kpi(kpis, KpiCodes.VIOLATIONS_FOUND).value()).isEqualByComparingTo("492");
      Kpi perThousand = kpi(kpis, KpiCodes.VIOLATIONS_PER_THOUSAND_INSPECTIONS);
      assertThat(perThousand.value()).isEqualByComparingTo("284.1");
      assertThat(perThousand.numerator()).isEqualByComparingTo("492");
      assertThat(perThousand.denominator()).isEqualTo(1_732L);
      assertThat(kpi(kpis, KpiCodes.INSPECTION_FINDING_RATE).value()).isEqualByComparingTo("19.2");
      assertThat(kpi(kpis, KpiCodes.INSPECTION_PENALTY_RATE).value()).isEqualByComparingTo("5.8");
      assertThat(kpi(kpis, KpiCodes.RANDOM_INSPECTION_SHARE).value()).isEqualByComparingTo("5.8");
    }

    @Test
    void noInspectionHasNoRates() {
      List<Kpi> kpis = InspectionKpis.of(List.of());
      assertThat(kpi(kpis, KpiCodes.INSPECTIONS_DONE).value()).isZero();
      assertThat(kpi(kpis, KpiCodes.VIOLATIONS_PER_THOUSAND_INSPECTIONS).value()).isNull();
      assertThat(kpi(kpis, KpiCodes.INSPECTION_FINDING_RATE).value()).isNull();
    }
  }

  private static Kpi kpi(List<Kpi> kpis, String code) {
    return kpis.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
  }

  private static CellBuilder cell(String grade, String outcome) {
    return new CellBuilder(grade, outcome);
  }

  /** Counts of a ledger cell, all zero unless set. */
  private static final class CellBuilder {
    private final String grade;
    private final String outcome;
    private long cases;
    private long open;
    private long openOverdue;
    private long listed;
    private long onTime;
    private long openToCloseSeconds;
    private long escalated;
    private long reported;
    private long reportedOnTime;
    private long evaluationsDue;
    private long evaluated;
    private long withPersonPenalised;
    private long fineDecidedYuan;
    private long fineCollectedYuan;
    private long publications;
    private long publicationsLate;
    private long findings;

    CellBuilder(String grade, String outcome) {
      this.grade = grade;
      this.outcome = outcome;
    }

    CellBuilder cases(long n) { cases = n; return this; }
    CellBuilder open(long n) { open = n; return this; }
    CellBuilder openOverdue(long n) { openOverdue = n; return this; }
    CellBuilder listed(long n) { listed = n; return this; }
    CellBuilder onTime(long n) { onTime = n; return this; }
    CellBuilder openToCloseSeconds(long n) { openToCloseSeconds = n; return this; }
    CellBuilder escalated(long n) { escalated = n; return this; }
    CellBuilder reported(long n) { reported = n; return this; }
    CellBuilder reportedOnTime(long n) { reportedOnTime = n; return this; }
    CellBuilder evaluationsDue(long n) { evaluationsDue = n; return this; }
    CellBuilder evaluated(long n) { evaluated = n; return this; }
    CellBuilder withPersonPenalised(long n) { withPersonPenalised = n; return this; }
    CellBuilder fineDecidedYuan(long n) { fineDecidedYuan = n; return this; }
    CellBuilder fineCollectedYuan(long n) { fineCollectedYuan = n; return this; }
    CellBuilder publications(long n) { publications = n; return this; }
    CellBuilder publicationsLate(long n) { publicationsLate = n; return this; }
    CellBuilder findings(long n) { findings = n; return this; }

    LedgerCell build() {
      return new LedgerCell(null, grade, outcome, cases, open, openOverdue, listed, onTime, openToCloseSeconds,
          escalated, reported, reportedOnTime, evaluationsDue, evaluated, withPersonPenalised, fineDecidedYuan,
          fineCollectedYuan, publications, publicationsLate, findings);
    }
  }
}
