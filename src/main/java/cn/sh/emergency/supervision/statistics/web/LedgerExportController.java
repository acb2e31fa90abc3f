package cn.sh.emergency.supervision.statistics.web;

import cn.sh.emergency.supervision.casefile.CaseQuery;
import cn.sh.emergency.supervision.casefile.LedgerFilters;
import cn.sh.emergency.supervision.identity.AuthenticatedUser;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.statistics.KpiReport;
import cn.sh.emergency.supervision.statistics.Kpis;
import cn.sh.emergency.supervision.statistics.LedgerWorkbook;
import cn.sh.emergency.supervision.statistics.StatisticsScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 台账导出: the ledger page's filters, as an Excel workbook with one sheet per lifecycle and the KPIs of the same
 * districts and period (统计指标).
 */
@RestController
class LedgerExportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final LedgerWorkbook workbook;
  private final Kpis kpis;
  private final CurrentUser currentUser;

  LedgerExportController(LedgerWorkbook workbook, Kpis kpis, CurrentUser currentUser) {
    this.workbook = workbook;
    this.kpis = kpis;
    this.currentUser = currentUser;
  }

  @GetMapping({"/api/cases/export.xlsx", "/dashboard/api/cases/export.xlsx"})
  void export(LedgerFilters filters, HttpServletResponse response) throws IOException {
    AuthenticatedUser user = currentUser.get();
    CaseQuery query = filters.toQuery(user);
    KpiReport report = kpis(filters, user);
    String fileName = "案件台账-" + BureauTime.today() + ".xlsx";
    response.setContentType(XLSX);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    workbook.write(query, report, response.getOutputStream());
  }

  /**
   * The KPIs of the export's districts and period, as {@code /api/kpis} counts them (its default period when the
   * export names none). As in the ledger's sheets, a district the user may not see, or a period longer than the KPIs
   * count, gives an empty sheet rather than a refusal of the whole export.
   */
  private KpiReport kpis(LedgerFilters filters, AuthenticatedUser user) {
    StatisticsScope scope;
    try {
      scope = StatisticsScope.of(filters.from(), filters.to(), filters.district(), filters.street(), filters.sector(),
          EngineClock.now(), BureauTime.ZONE);
    } catch (InvalidInputException beyondTheKpis) {
      return new KpiReport(filters.from(), filters.to(), filters.district(), filters.street(), filters.sector(),
          List.of());
    }
    boolean visible = scope.district() == null || user.isAdministrator() || user.canSee(scope.district());
    return new KpiReport(scope.from(), scope.to(), scope.district(), scope.street(), scope.sector(),
        visible ? kpis.report(scope.ledgerScope(user, EngineClock.now())) : List.of());
  }
}
