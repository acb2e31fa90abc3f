package cn.sh.emergency.supervision.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseQuery;
import cn.sh.emergency.supervision.casefile.LedgerSeeder;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The ledger at district scale: 100,000 seeded cases on PostgreSQL. The KPI calls and the ledger page answer; the
 * export streams every row and is read back with a streaming reader; the ledger is read one row at a time. How fast
 * they answer is the benchmarks' ({@code LedgerScaleBench}, as ratios to a reference measured in the same run).
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerScaleIntegrationTest {

  static final int CASES = 100_000;
  static final int YEAR = 2025;
  static final String PERIOD = "from=2025-01-01&to=2025-12-31";

  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  CaseFile caseFile;
  @Autowired
  EntityManager entityManager;
  @Autowired
  TransactionTemplate transactions;

  EngineRest rest;

  @BeforeAll
  void seed() throws Exception {
    rest = new EngineRest(restTemplate);
    try (Connection connection = dataSource.getConnection()) {
      LedgerSeeder.deleteSeeded(connection);
      long started = System.nanoTime();
      LedgerSeeder.seed(connection, CASES, YEAR, 20_260_101L);
      System.out.printf("[scale] seeded %d cases in %.1f s%n", CASES, (System.nanoTime() - started) / 1e9);
    }
    jdbc.execute("analyze case_ledger");
  }

  @AfterAll
  void removeSeeded() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      LedgerSeeder.deleteSeeded(connection);
    }
  }

  @Test
  void kpisAndTheLedgerPageAnswerAtScale() {
    assertThat(rest.getMap("city-leader", "/api/kpis?" + PERIOD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("jingan-leader", "/api/kpis?" + PERIOD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("city-leader", "/api/kpis/trend?" + PERIOD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("city-leader", "/api/kpis/breakdown?by=district&" + PERIOD).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> page = rest.getMap("jingan-handler", "/api/cases?page=0&size=20");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getMap("jingan-leader",
        "/api/cases?lifecycle=hazard-closed-loop&overdue=true&closed=false&page=0&size=20").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(caseFile.search(new CaseQuery(null, null, null, null, null, null, null, null, null, null, null), 0, 20)
        .getTotalElements()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void theExportStreamsEveryRowOneSheetPerLifecycle() throws Exception {
    Path file = Files.createTempFile("ledger", ".xlsx");
    try {
      long started = System.nanoTime();
      assertThat(download("admin", "/api/cases/export.xlsx?" + PERIOD, file)).isEqualTo(HttpStatus.OK);
      System.out.printf("[scale] export of %d cases: %.1f s, %.1f MB%n", count(null),
          (System.nanoTime() - started) / 1e9, Files.size(file) / 1e6);
      Map<String, List<List<String>>> sheets = read(file);
      assertThat(sheets.keySet()).containsExactly("隐患排查治理", "事故调查", "一案双罚", "法制审核", "执法检查", "统计指标");
      assertThat(sheets.get("隐患排查治理").get(0)).startsWith("案件编号", "所属区", "所属街镇", "企业名称")
          .contains("挂牌督办", "按期整改");
      assertThat(sheets.get("一案双罚").get(0)).contains("罚款决定金额（元）", "已收缴金额（元）");
      assertThat(sheets.get("隐患排查治理")).hasSize(count("hazard-closed-loop") + 1);
      assertThat(sheets.get("事故调查")).hasSize(count("accident-investigation") + 1);
      assertThat(sheets.get("一案双罚")).hasSize(count("dual-penalty") + 1);
      assertThat(sheets.get("法制审核")).hasSize(count("legal-review") + 1);
      List<List<String>> kpis = sheets.get("统计指标");
      assertThat(kpis.get(0).get(0)).isEqualTo("统计期间：2025-01-01 至 2025-12-31（按立案日期）");
      assertThat(kpis.get(1)).containsExactly("指标代码", "指标", "数值", "单位", "分子", "分母", "口径");
      assertThat(kpis).extracting(row -> row.get(0)).contains(KpiCodes.HAZARD_RECTIFICATION_RATE,
          KpiCodes.VIOLATIONS_PER_THOUSAND_INSPECTIONS, KpiCodes.KEY_UNIT_COVERAGE);

      assertThat(download("jingan-handler", "/api/cases/export.xlsx?lifecycle=hazard-closed-loop&" + PERIOD, file))
          .isEqualTo(HttpStatus.OK);
      Map<String, List<List<String>>> jingan = read(file);
      assertThat(jingan.keySet()).containsExactly("隐患排查治理", "统计指标");
      List<List<String>> rows = jingan.get("隐患排查治理");
      assertThat(rows).hasSize(jdbc.queryForObject("select count(*) from case_ledger where district = 'jingan'"
          + " and lifecycle = 'hazard-closed-loop' and opened_on between '2025-01-01' and '2025-12-31'",
          Integer.class) + 1);
      Set<String> districts = new HashSet<>();
      rows.subList(1, rows.size()).forEach(r -> districts.add(r.get(1)));
      assertThat(districts).containsExactly("静安区");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void theLedgerIsReadOneRowAtATime() {
    int[] rows = {0};
    int[] mostManaged = {0};
    CaseQuery all = new CaseQuery(null, null, null, null, null, null, null, null, LocalDate.of(YEAR, 1, 1),
        LocalDate.of(YEAR, 12, 31), null);
    transactions.executeWithoutResult(status -> caseFile.forEach(all, summary -> {
      rows[0]++;
      mostManaged[0] = Math.max(mostManaged[0],
          entityManager.unwrap(Session.class).getStatistics().getEntityCount());
    }));
    assertThat(rows[0]).isEqualTo(count(null));
    // Each row is let go of once handed over: the persistence context never holds more than the row at hand.
    assertThat(mostManaged[0]).isLessThanOrEqualTo(1);
  }

  @Test
  void badFiltersAndNoLoginAreRefused() {
    ResponseEntity<Map<String, Object>> bad = rest.getMap("admin", "/api/cases/export.xlsx?from=2025-05-01&to=2025-01-01");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("detail").toString()).contains("起始日期不能晚于截止日期");
    assertThat(rest.getMap("admin", "/api/cases/export.xlsx?sector=MINING").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(restTemplate.getForEntity("/api/cases/export.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private int count(String lifecycle) {
    return jdbc.queryForObject("select count(*) from case_ledger where opened_on between '2025-01-01' and "
        + "'2025-12-31'" + (lifecycle == null ? "" : " and lifecycle = '" + lifecycle + "'"), Integer.class);
  }

  private HttpStatus download(String user, String path, Path target) {
    return (HttpStatus) rest.as(user).execute(path, HttpMethod.GET, null, response -> {
      try (InputStream body = response.getBody()) {
        Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return response.getStatusCode();
    });
  }

  /** Every sheet's rows as text, read with POI's streaming (SAX) reader. */
  private static Map<String, List<List<String>>> read(Path file) throws Exception {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          List<List<String>> rows = new ArrayList<>();
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
              new RowCollector(rows), new DataFormatter(), false));
          parser.parse(new InputSource(sheet));
          sheets.put(it.getSheetName(), rows);
        }
      }
    }
    return sheets;
  }

  private record RowCollector(List<List<String>> rows) implements XSSFSheetXMLHandler.SheetContentsHandler {

    @Override
    public void startRow(int rowNum) {
      rows.add(new ArrayList<>());
    }

    @Override
    public void endRow(int rowNum) {
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      List<String> row = rows.get(rows.size() - 1);
      int column = reference.replaceAll("\\d", "").chars().reduce(0, (n, c) -> n * 26 + (c - 'A' + 1)) - 1;
      while (row.size() < column) {
        row.add(null);
      }
      row.add(value);
    }
  }
}
