package cn.sh.emergency.supervision.statistics.web;

import cn.sh.emergency.supervision.casefile.CaseQuery;
import cn.sh.emergency.supervision.casefile.LedgerFilters;
import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.statistics.KpiReport;
import cn.sh.emergency.supervision.statistics.Kpis;
import cn.sh.emergency.supervision.statistics.LedgerWorkbook;
import cn.sh.emergency.supervision.statistics.StatisticsScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    CaseQuery query = filters.toQuery(currentUser.get());
    StatisticsScope scope = StatisticsScope.of(filters.from(), filters.to(), filters.district(), filters.street(),
        filters.sector(), EngineClock.now(), BureauTime.ZONE);
    KpiReport report = new KpiReport(scope.from(), scope.to(), scope.district(), scope.street(), scope.sector(),
        kpis.report(scope.ledgerScope(currentUser.get(), EngineClock.now())));
    String fileName = "案件台账-" + BureauTime.today() + ".xlsx";
    response.setContentType(XLSX);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    workbook.write(query, report, response.getOutputStream());
  }
}
