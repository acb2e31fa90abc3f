package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import java.util.ArrayList;
import java.util.List;

/** The accident investigation's KPIs; an accident reported in error and canceled is not counted. */
final class AccidentKpis {

  static final String LIFECYCLE = AccidentProcess.PROCESS_KEY;

  private AccidentKpis() {
  }

  static Cells accidents(List<LedgerCell> cells) {
    return new Cells(cells).excluding(Cells.CANCELED);
  }

  static List<Kpi> of(List<LedgerCell> cells) {
    Cells accidents = accidents(cells);
    long total = accidents.cases();
    List<Kpi> kpis = new ArrayList<>();
    kpis.add(Kpi.count(KpiCodes.ACCIDENTS, LIFECYCLE, "生产安全事故", "起", "报告的生产安全事故", total, null));
    for (AccidentGrade grade : AccidentGrade.values()) {
      kpis.add(Kpi.count(KpiCodes.ACCIDENTS_OF_GRADE + grade.code(), LIFECYCLE, grade.chineseName(), "起",
          StatuteTexts.text("statistics.accidents-of-grade", grade.chineseName()),
          accidents.graded(grade.code()).cases(), total));
    }
    kpis.add(Kpi.count(KpiCodes.ESCALATED_INVESTIGATIONS, LIFECYCLE, "提级调查", "起",
        "提级调查的事故（÷ 全部事故）", accidents.sum(LedgerCell::escalated), total));
    kpis.add(Kpi.rate(KpiCodes.ACCIDENT_REPORTS_ON_TIME, LIFECYCLE, "事故按时报告率",
        "在规定时限内报告的事故 ÷ 已核查报告时限的事故", accidents.sum(LedgerCell::reportedOnTime),
        accidents.sum(LedgerCell::reported)));
    kpis.add(Kpi.rate(KpiCodes.EVALUATIONS_DONE, LIFECYCLE, "整改评估完成率",
        "已完成一年后整改评估的事故 ÷ 评估已到期或已完成的事故", accidents.sum(LedgerCell::evaluated),
        accidents.sum(LedgerCell::evaluationsDue)));
    return kpis;
  }
}
