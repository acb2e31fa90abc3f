package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Outcome;
import cn.sh.emergency.supervision.shared.HazardLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * The hazard closed loop's KPIs. A hazard is found when its verification graded it 一般 or 重大 (an unfounded report is
 * not a hazard); it is rectified when it was closed after passing acceptance (销号).
 */
final class HazardKpis {

  static final String LIFECYCLE = HazardProcess.PROCESS_KEY;
  static final Set<String> FOUND = Set.of(HazardLevel.GENERAL.code(), HazardLevel.MAJOR.code());
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private HazardKpis() {
  }

  static Cells found(List<LedgerCell> cells) {
    return new Cells(cells).graded(FOUND);
  }

  static long rectified(Cells found) {
    return found.withOutcome(Outcome.RECTIFIED).cases();
  }

  static List<Kpi> of(List<LedgerCell> cells) {
    Cells found = found(cells);
    Cells rectified = found.withOutcome(Outcome.RECTIFIED);
    Cells major = found.graded(HazardLevel.MAJOR.code());
    BigDecimal rectificationDays = BigDecimal.valueOf(rectified.sum(LedgerCell::openToCloseSeconds))
        .divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    return List.of(
        Kpi.count(KpiCodes.HAZARDS_FOUND, LIFECYCLE, "发现隐患", "项",
            "核查属实的隐患（一般隐患+重大事故隐患）", found.cases(), null),
        Kpi.rate(KpiCodes.HAZARD_RECTIFICATION_RATE, LIFECYCLE, "隐患整改率",
            "已整改销号的隐患 ÷ 发现隐患", rectified.cases(), found.cases()),
        Kpi.rate(KpiCodes.MAJOR_HAZARD_RECTIFICATION_RATE, LIFECYCLE, "重大事故隐患整改率",
            "已整改销号的重大事故隐患 ÷ 发现的重大事故隐患", major.withOutcome(Outcome.RECTIFIED).cases(), major.cases()),
        Kpi.rate(KpiCodes.MAJOR_HAZARD_LISTING_RATE, LIFECYCLE, "挂牌督办率",
            "挂牌督办的重大事故隐患 ÷ 发现的重大事故隐患", major.sum(LedgerCell::listed), major.cases()),
        Kpi.rate(KpiCodes.HAZARD_ON_TIME_RATE, LIFECYCLE, "按期整改率",
            "在整改期限内完成整改的隐患 ÷ 已整改销号的隐患", rectified.sum(LedgerCell::onTime), rectified.cases()),
        Kpi.count(KpiCodes.OPEN_OVERDUE_HAZARDS, LIFECYCLE, "逾期未整改", "项",
            "超过整改期限仍未销号的隐患（÷ 未销号的隐患）", found.sum(LedgerCell::openOverdue),
            found.sum(LedgerCell::open)),
        Kpi.mean(KpiCodes.MEAN_RECTIFICATION_DAYS, LIFECYCLE, "平均整改用时", "天",
            "已整改销号的隐患从报告到销号的天数之和 ÷ 已整改销号的隐患", rectificationDays, rectified.cases()));
  }
}
