package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Outcome;
import cn.sh.emergency.supervision.inspection.PlanProgress;
import java.util.List;
import java.util.Set;

/**
 * The enforcement inspections' KPIs (执法检查"三率", 每千家次检查发现违法行为). An inspection counts once it is over:
 * on site, and every finding handed over; a void code is no inspection. Each finding handed over is a violation
 * found (违法行为: a hazard to rectify or a violation to penalise).
 */
final class InspectionKpis {

  static final String LIFECYCLE = InspectionProcess.PROCESS_KEY;
  static final Set<String> DONE = Set.of(Outcome.NO_FINDING, Outcome.HAZARDS_HANDED_OVER, Outcome.PENALTY_REFERRED);

  private InspectionKpis() {
  }

  static Cells done(List<LedgerCell> cells) {
    return new Cells(cells).where(c -> c.outcome() != null && DONE.contains(c.outcome()));
  }

  /** Against the plans in force in scope: planned inspections done, key units inspected at least once. */
  static List<Kpi> againstPlans(PlanProgress progress) {
    return List.of(
        Kpi.rate(KpiCodes.PLANNED_INSPECTIONS_DONE, LIFECYCLE, "计划完成率", "按计划完成的检查家次 ÷ 计划检查家次",
            progress.inspectionsDone(), progress.plannedInspections()),
        Kpi.rate(KpiCodes.KEY_UNIT_COVERAGE, LIFECYCLE, "重点单位覆盖率", "期间内检查过的重点检查范围单位 ÷ 重点检查范围单位",
            progress.keyUnitsInspected(), progress.keyUnits()));
  }

  static List<Kpi> of(List<LedgerCell> cells) {
    Cells done = done(cells);
    long inspections = done.cases();
    long violations = done.sum(LedgerCell::findings);
    long withFindings = done.withOutcome(Outcome.HAZARDS_HANDED_OVER).cases()
        + done.withOutcome(Outcome.PENALTY_REFERRED).cases();
    return List.of(
        Kpi.count(KpiCodes.INSPECTIONS_DONE, LIFECYCLE, "执法检查", "家次", "完成现场检查的执法检查（不含作废的检查码）",
            inspections, null),
        Kpi.count(KpiCodes.VIOLATIONS_FOUND, LIFECYCLE, "检查发现违法行为", "项", "执法检查发现并移交的问题（隐患、违法行为）",
            violations, null),
        Kpi.perThousand(KpiCodes.VIOLATIONS_PER_THOUSAND_INSPECTIONS, LIFECYCLE, "每千家次检查发现违法行为", "项",
            "检查发现违法行为 ÷ 执法检查家次 × 1000", violations, inspections),
        Kpi.rate(KpiCodes.INSPECTION_FINDING_RATE, LIFECYCLE, "发现问题率", "发现问题的检查 ÷ 执法检查家次",
            withFindings, inspections),
        Kpi.rate(KpiCodes.RANDOM_INSPECTION_SHARE, LIFECYCLE, "双随机抽查占比", "双随机抽查的检查家次 ÷ 执法检查家次",
            done.graded(InspectionBasis.RANDOM.code()).cases(), inspections),
        Kpi.rate(KpiCodes.INSPECTION_PENALTY_RATE, LIFECYCLE, "立案处罚率（移送处罚）", "有问题移送行政处罚的检查 ÷ 执法检查家次",
            done.withOutcome(Outcome.PENALTY_REFERRED).cases(), inspections));
  }
}
