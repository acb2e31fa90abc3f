package cn.sh.emergency.supervision.statistics.web;

import cn.sh.emergency.supervision.casefile.LedgerDimension;
import cn.sh.emergency.supervision.casefile.LedgerScope;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.statistics.BreakdownRow;
import cn.sh.emergency.supervision.statistics.KpiReport;
import cn.sh.emergency.supervision.statistics.Kpis;
import cn.sh.emergency.supervision.statistics.MonthlyFigures;
import cn.sh.emergency.supervision.statistics.StatisticsScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPIs of the district work plans (统计), counted from the live ledger for the caller's districts. Filters on every
 * endpoint: {@code district, street, sector, from, to} (dates of opening, inclusive; default this year to today).
 */
@RestController
@RequestMapping({"/api/kpis", "/dashboard/api/kpis"})
class KpiController {

  private static final Map<String, LedgerDimension> BREAKDOWNS = Map.of("district", LedgerDimension.DISTRICT,
      "street", LedgerDimension.STREET, "sector", LedgerDimension.SECTOR);

  private final Kpis kpis;
  private final CurrentUser currentUser;

  KpiController(Kpis kpis, CurrentUser currentUser) {
    this.kpis = kpis;
    this.currentUser = currentUser;
  }

  @GetMapping
  KpiReport report(Filters filters) {
    StatisticsScope scope = filters.scope(BureauTime.ZONE);
    return new KpiReport(scope.from(), scope.to(), scope.district(), scope.street(), scope.sector(),
        kpis.report(ledgerScope(scope)));
  }

  @GetMapping("/trend")
  Trend trend(Filters filters) {
    StatisticsScope scope = filters.scope(BureauTime.ZONE);
    return new Trend(scope.from(), scope.to(), kpis.trend(ledgerScope(scope)));
  }

  @GetMapping("/breakdown")
  Breakdown breakdown(Filters filters, @RequestParam String by) {
    LedgerDimension dimension = BREAKDOWNS.get(by);
    if (dimension == null) {
      throw new InvalidInputException("不支持的分组方式：" + by + "（可选 district、street、sector）");
    }
    StatisticsScope scope = filters.scope(BureauTime.ZONE);
    return new Breakdown(by, scope.from(), scope.to(), kpis.breakdown(ledgerScope(scope), dimension));
  }

  private LedgerScope ledgerScope(StatisticsScope scope) {
    return scope.ledgerScope(currentUser.get(), EngineClock.now());
  }

  record Filters(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                 String district, String street, String sector) {

    StatisticsScope scope(ZoneId zone) {
      return StatisticsScope.of(from, to, district, street, sector, EngineClock.now(), zone);
    }
  }

  record Trend(LocalDate from, LocalDate to, List<MonthlyFigures> months) {
  }

  record Breakdown(String by, LocalDate from, LocalDate to, List<BreakdownRow> rows) {
  }
}
