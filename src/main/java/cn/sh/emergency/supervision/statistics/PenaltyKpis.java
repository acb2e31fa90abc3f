package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Outcome;
import java.util.List;

/**
 * The penalty cases' KPIs. A case counts once registered (立案): a proposal refused registration or canceled does not.
 * An accident case is a penalty case graded with the grade of the accident it punishes.
 */
final class PenaltyKpis {

  static final String LIFECYCLE = DualPenaltyProcess.PROCESS_KEY;

  private PenaltyKpis() {
  }

  static Cells cases(List<LedgerCell> cells) {
    return new Cells(cells).excluding(Outcome.NOT_REGISTERED, Cells.CANCELED);
  }

  static List<Kpi> of(List<LedgerCell> cells) {
    Cells cases = cases(cells);
    Cells accidentCases = cases.where(c -> c.grade() != null);
    long decided = cases.sum(LedgerCell::fineDecidedYuan);
    return List.of(
        Kpi.count(KpiCodes.PENALTY_CASES, LIFECYCLE, "行政处罚案件", "件", "立案的行政处罚案件", cases.cases(), null),
        Kpi.rate(KpiCodes.DUAL_PENALTY_RATE, LIFECYCLE, "一案双罚率",
            "对责任人员作出处罚的事故案件 ÷ 事故案件", accidentCases.sum(LedgerCell::withPersonPenalised),
            accidentCases.cases()),
        Kpi.count(KpiCodes.FINES_DECIDED, LIFECYCLE, "罚款决定金额", "元", "处罚决定书确定的罚款之和", decided, null),
        Kpi.rate(KpiCodes.FINES_COLLECTED, LIFECYCLE, "罚款收缴率",
            "已收缴的罚款（不含加处罚款）÷ 决定的罚款", cases.sum(LedgerCell::fineCollectedYuan), decided));
  }

  /** 公示及时率 over every published decision of the cases in scope (penalty decisions, accident reports). */
  static Kpi publicationOnTime(List<LedgerCell> cells) {
    Cells all = new Cells(cells);
    long published = all.sum(LedgerCell::publications);
    return Kpi.rate(KpiCodes.PUBLICATION_ON_TIME, LegalReviewProcess.PUBLICATION_PROCESS_KEY, "公示及时率",
        "在规定期限内公示的决定 ÷ 已公示的决定", published - all.sum(LedgerCell::publicationsLate), published);
  }
}
