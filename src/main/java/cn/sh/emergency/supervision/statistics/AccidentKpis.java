package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentProcess.Grade;
import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The accident investigation's KPIs; an accident reported in error and canceled is not counted. */
final class AccidentKpis {

  static final String LIFECYCLE = AccidentProcess.PROCESS_KEY;
  private static final Map<String, String> GRADE_NAMES = Map.of(Grade.GENERAL, "一般事故", Grade.LARGER, "较大事故",
      Grade.MAJOR, "重大事故", Grade.EXTRAORDINARY, "特别重大事故");

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
    for (String grade : Grade.ALL) {
      kpis.add(Kpi.count(KpiCodes.ACCIDENTS_OF_GRADE + grade, LIFECYCLE, GRADE_NAMES.get(grade), "起",
          StatuteTexts.text("statistics.accidents-of-grade", GRADE_NAMES.get(grade)),
          accidents.graded(grade).cases(), total));
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
