package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.LedgerCell;
import cn.sh.emergency.supervision.casefile.LedgerDimension;
import cn.sh.emergency.supervision.casefile.LedgerScope;
import cn.sh.emergency.supervision.casefile.LedgerStatistics;
import cn.sh.emergency.supervision.inspection.InspectionPlans;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.Sector;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The KPIs, their monthly trend and breakdowns for a scope of the ledger. */
@Service
@Transactional(readOnly = true)
public class Kpis {

  static final String NO_STREET = "（未填写街镇）";

  private final LedgerStatistics statistics;
  private final InspectionPlans plans;

  Kpis(LedgerStatistics statistics, InspectionPlans plans) {
    this.statistics = statistics;
    this.plans = plans;
  }

  public List<Kpi> report(LedgerScope scope) {
    List<LedgerCell> hazards = statistics.cells(HazardKpis.LIFECYCLE, scope, LedgerDimension.NONE);
    List<LedgerCell> accidents = statistics.cells(AccidentKpis.LIFECYCLE, scope, LedgerDimension.NONE);
    List<LedgerCell> penalties = statistics.cells(PenaltyKpis.LIFECYCLE, scope, LedgerDimension.NONE);
    List<Kpi> kpis = new ArrayList<>(HazardKpis.of(hazards));
    kpis.addAll(AccidentKpis.of(accidents));
    kpis.addAll(PenaltyKpis.of(penalties));
    kpis.add(PenaltyKpis.publicationOnTime(Stream.of(hazards, accidents, penalties).flatMap(List::stream).toList()));
    kpis.addAll(InspectionKpis.of(statistics.cells(InspectionKpis.LIFECYCLE, scope, LedgerDimension.NONE)));
    kpis.addAll(InspectionKpis.againstPlans(plans.progressOf(scope.districts(), scope.district(), scope.from(),
        scope.to())));
    return kpis;
  }

  /** Every month of the scope's period, the months without cases included. */
  public List<MonthlyFigures> trend(LedgerScope scope) {
    Map<String, Cells> hazards = byKey(HazardKpis.LIFECYCLE, scope, LedgerDimension.MONTH);
    Map<String, Cells> accidents = byKey(AccidentKpis.LIFECYCLE, scope, LedgerDimension.MONTH);
    Map<String, Cells> penalties = byKey(PenaltyKpis.LIFECYCLE, scope, LedgerDimension.MONTH);
    List<MonthlyFigures> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(scope.from()); !month.isAfter(YearMonth.from(scope.to()));
         month = month.plusMonths(1)) {
      String key = month.toString();
      Cells found = HazardKpis.found(cellsOf(hazards, key));
      months.add(new MonthlyFigures(key, found.cases(), HazardKpis.rectified(found),
          found.graded(HazardLevel.MAJOR.code()).cases(),
          AccidentKpis.accidents(cellsOf(accidents, key)).cases(), PenaltyKpis.cases(cellsOf(penalties, key)).cases()));
    }
    return months;
  }

  /** One row per district, street or sector that has cases in scope, most hazards found first. */
  public List<BreakdownRow> breakdown(LedgerScope scope, LedgerDimension by) {
    if (by == LedgerDimension.NONE || by == LedgerDimension.MONTH) {
      throw new IllegalArgumentException("not a breakdown: " + by);
    }
    Map<String, Cells> hazards = byKey(HazardKpis.LIFECYCLE, scope, by);
    Map<String, Cells> accidents = byKey(AccidentKpis.LIFECYCLE, scope, by);
    Map<String, Cells> penalties = byKey(PenaltyKpis.LIFECYCLE, scope, by);
    TreeSet<String> keys = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
    Stream.of(hazards, accidents, penalties).forEach(m -> keys.addAll(m.keySet()));
    List<BreakdownRow> rows = new ArrayList<>();
    for (String key : keys) {
      Cells found = HazardKpis.found(cellsOf(hazards, key));
      Cells major = found.graded(HazardLevel.MAJOR.code());
      long rectified = HazardKpis.rectified(found);
      rows.add(new BreakdownRow(key.isEmpty() ? null : key, label(by, key), found.cases(), rectified,
          Kpi.percent(rectified, found.cases()), major.cases(),
          major.sum(LedgerCell::listed), found.sum(LedgerCell::openOverdue),
          AccidentKpis.accidents(cellsOf(accidents, key)).cases(), PenaltyKpis.cases(cellsOf(penalties, key)).cases()));
    }
    rows.sort(Comparator.comparingLong(BreakdownRow::hazardsFound).reversed()
        .thenComparing(BreakdownRow::label));
    return rows;
  }

  private Map<String, Cells> byKey(String lifecycle, LedgerScope scope, LedgerDimension dimension) {
    Function<LedgerCell, String> key = cell -> Objects.requireNonNullElse(cell.key(), "");
    return statistics.cells(lifecycle, scope, dimension).stream()
        .collect(Collectors.groupingBy(key, Collectors.collectingAndThen(Collectors.toList(), Cells::new)));
  }

  private static List<LedgerCell> cellsOf(Map<String, Cells> byKey, String key) {
    Cells cells = byKey.get(Objects.requireNonNullElse(key, ""));
    return cells == null ? List.of() : cells.all();
  }

  private static String label(LedgerDimension by, String key) {
    if (key == null || key.isEmpty()) {
      return by == LedgerDimension.STREET ? NO_STREET : "（未填写）";
    }
    return switch (by) {
      case DISTRICT -> District.of(key).chineseName();
      case SECTOR -> Sector.of(key).chineseName();
      default -> key;
    };
  }
}
