package cn.sh.emergency.supervision.statistics;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseQuery;
import cn.sh.emergency.supervision.shared.BureauTime;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The ledger as an Excel workbook (台账导出): one sheet per lifecycle, Chinese headers, one row per case. Written as it
 * is read: the ledger is streamed row by row and the workbook keeps only a small window of rows in memory (the rest
 * goes to a temporary file until the workbook is written), so the number of rows is not limited by memory.
 */
@Service
public class LedgerWorkbook {

  /** Rows of a sheet kept in memory while writing. */
  static final int ROW_WINDOW = 100;

  private final CaseFile caseFile;

  LedgerWorkbook(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  /** The KPI sheet's title; it follows the lifecycles' sheets. */
  static final String KPI_SHEET = "统计指标";

  /**
   * Writes the cases of the query (one sheet per lifecycle, or only the queried lifecycle's) to {@code out}, then the
   * KPIs of the same districts and period ({@code kpis}, with the period they cover).
   */
  public void write(CaseQuery query, KpiReport kpis, OutputStream out) {
    List<LedgerSheet> sheets = query.lifecycle() == null ? List.of(LedgerSheet.values())
        : List.of(LedgerSheet.of(query.lifecycle()));
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    workbook.setCompressTempFiles(true);
    try {
      CellStyle header = headerStyle(workbook);
      for (LedgerSheet sheet : sheets) {
        writeSheet(workbook, header, sheet, withLifecycle(query, sheet.lifecycle()));
      }
      writeKpis(workbook, header, kpis);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private void writeSheet(SXSSFWorkbook workbook, CellStyle header, LedgerSheet definition, CaseQuery query) {
    SXSSFSheet sheet = workbook.createSheet(definition.title());
    List<LedgerSheet.Column> columns = definition.columns();
    Row headerRow = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      var cell = headerRow.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, 18 * 256);
    }
    sheet.createFreezePane(1, 1);
    int[] next = {1};
    caseFile.forEach(query, summary -> {
      Row row = sheet.createRow(next[0]++);
      for (int i = 0; i < columns.size(); i++) {
        setValue(row, i, columns.get(i).value().apply(summary));
      }
    });
  }

  /** 统计指标: the period, then each KPI with its figure, numerator, denominator and definition. */
  private void writeKpis(SXSSFWorkbook workbook, CellStyle header, KpiReport report) {
    SXSSFSheet sheet = workbook.createSheet(KPI_SHEET);
    sheet.createRow(0).createCell(0).setCellValue("统计期间：" + report.from() + " 至 " + report.to() + "（按立案日期）");
    List<String> headers = List.of("指标代码", "指标", "数值", "单位", "分子", "分母", "口径");
    Row headerRow = sheet.createRow(1);
    for (int i = 0; i < headers.size(); i++) {
      var cell = headerRow.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, (i == headers.size() - 1 ? 40 : 18) * 256);
    }
    int next = 2;
    for (Kpi kpi : report.kpis()) {
      Row row = sheet.createRow(next++);
      setValue(row, 0, kpi.code());
      setValue(row, 1, kpi.name());
      setValue(row, 2, kpi.value());
      setValue(row, 3, kpi.unit());
      setValue(row, 4, kpi.numerator());
      setValue(row, 5, kpi.denominator());
      setValue(row, 6, kpi.definition());
    }
  }

  private void setValue(Row row, int column, Object value) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column);
    if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag ? "是" : "否");
    } else if (value instanceof Instant instant) {
      cell.setCellValue(BureauTime.minuteOf(instant));
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private static CellStyle headerStyle(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    return style;
  }

  private static CaseQuery withLifecycle(CaseQuery q, String lifecycle) {
    return new CaseQuery(lifecycle, q.district(), q.street(), q.sector(), q.stage(), q.overdue(), q.listed(),
        q.closed(), q.openedFrom(), q.openedTo(), q.districts());
  }
}
