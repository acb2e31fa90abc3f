package cn.sh.emergency.supervision.statistics;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardReport;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A leader opens the dashboard in a browser: logs in on its Chinese page, sees every KPI tile with the figures the
 * API gives for the same filters, the trend and breakdown charts drawn with their data tables, and an overdue case
 * that links to its page with the full-process record.
 */
@PostgresIntegrationTest
@EngineTime("2026-03-02T09:00:00")
@ExtendWith(HeadlessChromium.class)
class DashboardBrowserIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate restTemplate;
  @Autowired
  HazardIntake intake;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFile caseFile;
  @Autowired
  TransactionTemplate transactions;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start("zh-CN");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aLeaderSeesTheFiguresOfTheApiAndFollowsAnOverdueCase() {
    String street = "石门二路街道-" + UUID.randomUUID().toString().substring(0, 8);
    String rectified = reportAndVerify(street, true);
    reportAndVerify(street, false);
    String filters = "from=2026-01-01&to=2026-12-31&street=" + street;

    logIn();

    setField("from", "2026-01-01");
    setField("to", "2026-12-31");
    browser.findElement(By.id("street")).sendKeys(street);
    ((JavascriptExecutor) browser).executeScript("document.body.dataset.loaded = 'false'");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waitForLoaded();

    Map<String, Object> report = new EngineRest(restTemplate).getMap("jingan-leader", "/api/kpis?" + filters)
        .getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> kpis = (List<Map<String, Object>>) report.get("kpis");
    assertThat(browser.findElements(By.cssSelector(".tile[data-kpi]"))).hasSize(kpis.size());
    for (Map<String, Object> kpi : kpis) {
      WebElement tile = browser.findElement(By.cssSelector(".tile[data-kpi='" + kpi.get("code") + "']"));
      assertThat(tile.findElement(By.className("value")).getText()).as((String) kpi.get("code"))
          .isEqualTo(shown(kpi.get("value")));
    }
    assertThat(tileValue(KpiCodes.HAZARDS_FOUND)).isEqualTo("2");
    assertThat(tileValue(KpiCodes.HAZARD_RECTIFICATION_RATE)).isEqualTo("50");
    assertThat(browser.findElement(By.cssSelector(".tile[data-kpi='HAZARD_RECTIFICATION_RATE'] .ratio")).getText())
        .isEqualTo("1 / 2");

    assertThat(browser.findElements(By.cssSelector("#trend-chart canvas"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#breakdown-chart canvas"))).isNotEmpty();
    assertThat(cellsOf("trend-table", "2026-03")).containsExactly("2026-03", "2", "1", "0", "0", "0");
    assertThat(cellsOf("breakdown-table", "静安区")).startsWith("静安区", "2", "1", "50");

    WebElement overdueLink = wait.until(d -> d.findElements(By.cssSelector("#overdue-table a.case-link")).stream()
        .findFirst().orElse(null));
    String overdueCase = overdueLink.getText();
    assertThat(overdueCase).isNotEqualTo(rectified).startsWith("HZ-JINGAN-2026-");
    overdueLink.click();
    waitForLoaded();
    assertThat(browser.findElement(By.id("case-no")).getText()).isEqualTo(overdueCase);
    assertThat(browser.findElement(By.id("summary")).getText()).contains(street, "跟踪整改");
    assertThat(browser.findElement(By.id("chain")).getText()).contains("记录链完整");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("核查隐患");
  }

  /**
   * A hazard reported twice, the second time confirmed not to be a duplicate: each case's page lists the other under
   * 关联案件 and links to it.
   */
  @Test
  void aCasePageListsTheReportsLinkedToIt() {
    HazardSteps hazards = new HazardSteps(intake, taskService, identityService);
    HazardReport report = HazardSteps.sampleReport("jingan", "南京西路街道", "HAZARDOUS_CHEMICALS");
    String earlier = hazards.report("jingan-handler", report);
    String later = hazards.report("jingan-handler2", HazardSteps.confirmedNotDuplicate(report));

    logIn();
    browser.get(url("/dashboard/case.html?caseNo=" + earlier));
    waitForLoaded();
    WebElement related = browser.findElement(By.id("related-section"));
    assertThat(related.isDisplayed()).isTrue();
    assertThat(cellsOf("related", later)).startsWith(later, "后报案件", "隐患排查治理", "核查隐患", "2026-03-02 09:00",
        "jingan-handler2");

    ((JavascriptExecutor) browser).executeScript("document.body.dataset.loaded = 'false'");
    related.findElement(By.linkText(later)).click();
    waitForLoaded();
    assertThat(browser.findElement(By.id("case-no")).getText()).isEqualTo(later);
    assertThat(cellsOf("related", earlier)).startsWith(earlier, "先报案件");
    // The record's kind in Chinese.
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("关联案件", earlier)
        .doesNotContain("RELATED_CASE");
  }

  private void logIn() {
    browser.get(url("/dashboard/"));
    wait.until(ExpectedConditions.urlContains("/dashboard/login.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("安全生产执法统计看板");
    browser.findElement(By.id("username")).sendKeys("jingan-leader");
    browser.findElement(By.id("password")).sendKeys(PlatformSample.PASSWORD);
    browser.findElement(By.id("login-button")).click();
    waitForLoaded();
  }

  /** A Jing'an hazard in the street: rectified on the spot, or given a deadline and then marked overdue. */
  private String reportAndVerify(String street, boolean rectifiedOnTheSpot) {
    HazardSteps hazards = new HazardSteps(intake, taskService, identityService);
    String caseNo = hazards.report("jingan-handler", street, "INDUSTRY_TRADE");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", rectifiedOnTheSpot
        ? Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, true, Var.ON_SPOT_EVIDENCE, "照片")
        : Map.of(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
            Var.RECTIFICATION_DEADLINE, "2026-03-20"));
    if (rectifiedOnTheSpot) {
      hazards.complete(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION, "jingan-handler",
          Map.of(Var.ACCEPTANCE, Code.PASSED));
    } else {
      transactions.executeWithoutResult(status -> caseFile.markOverdue(caseNo));
    }
    return caseNo;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Waits until the page says it has loaded its data (or shows an error, which fails the test). */
  private void waitForLoaded() {
    Object state = wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "const error = document.getElementById('error');"
        + "if (error && error.textContent) { return 'error: ' + error.textContent; }"
        + "return document.body && document.body.dataset.loaded === 'true' ? 'loaded' : null;"));
    assertThat(state).isEqualTo("loaded");
  }

  private void setField(String id, String value) {
    ((JavascriptExecutor) browser).executeScript(
        "document.getElementById(arguments[0]).value = arguments[1]", id, value);
  }

  private String tileValue(String code) {
    return browser.findElement(By.cssSelector(".tile[data-kpi='" + code + "'] .value")).getText();
  }

  private List<String> cellsOf(String tableId, String firstCell) {
    return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("textContent")).toList())
        .filter(cells -> cells.get(0).equals(firstCell)).findFirst().orElseThrow();
  }

  /** The value as the page shows it: grouped digits, at most one decimal, "—" for none. */
  private static String shown(Object value) {
    if (value == null) {
      return "—";
    }
    BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
    return String.format(Locale.ROOT, "%,." + Math.max(0, number.scale()) + "f", number);
  }
}
