package cn.sh.emergency.supervision.hazard;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.DuplicateReports;
import cn.sh.emergency.supervision.casefile.RelatedCase;
import cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HazardSteps;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A jingan handler verifies a reported hazard in the Chinese Tasklist: the server refuses an incomplete decision
 * with a Chinese message Tasklist shows, then accepts the completed form and the case moves on to listing.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class HazardTasklistBrowserIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  HazardIntake intake;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFile caseFile;
  @Autowired
  CaseRecords caseRecords;
  @Autowired
  TaskService taskService;
  @Autowired
  DuplicateReports duplicates;
  @Autowired
  JdbcTemplate jdbc;

  HazardSteps hazards;
  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    hazards = new HazardSteps(intake, taskService, identityService);
    browser = HeadlessChromium.start("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aHandlerVerifiesAHazardInTasklist() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .filter("本组待办").openTaskOf(caseNo).claim();
    assertThat(tasklist.text()).contains("隐患核查", "核查结论", "不属实", "一般事故隐患", "重大事故隐患");

    // "不属实" needs a reason: the server refuses, Tasklist shows why, the task stays open.
    tasklist.choose("不属实");
    tasklist.complete();
    tasklist.waitForText("提交内容有误：请填写不属实的理由");
    assertThat(tasklist.text()).as("only the Chinese message, no engine prefix").doesNotContain("Cannot submit task form");
    tasklist.dismissNotifications();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult()).isNotNull();

    tasklist.choose("重大事故隐患").fill("核查意见", "仓库内危化品混存，属重大事故隐患");
    tasklist.complete();

    CaseSummary moved = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> caseFile.find(caseNo)
        .filter(c -> HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE.equals(c.stage())).orElse(null));
    assertThat(moved.stageName()).isEqualTo("拟制挂牌督办通知");
    assertThat(caseRecords.of(caseNo)).anySatisfy(r -> {
      assertThat(r.activityId()).isEqualTo(HazardProcess.USER_TASK_VERIFY_HAZARD);
      assertThat(r.outcome()).isEqualTo(HazardLevel.MAJOR.code());
      assertThat(r.actor()).isEqualTo("jingan-handler");
    });
  }

  /**
   * The start form of a hazard already reported: Tasklist shows the server's Chinese refusal naming the earlier case,
   * nothing is started; ticked 确认不是重复报告, the case starts and is linked to the earlier one.
   */
  @Test
  void aDuplicateReportIsRefusedInTasklistUntilConfirmed() {
    HazardReport report = HazardSteps.sampleReport("jingan", "南京西路街道", "HAZARDOUS_CHEMICALS");
    String earlier = hazards.report("jingan-handler", report);
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler2", PlatformSample.PASSWORD)
        .startProcess("隐患排查治理闭环")
        .select("所属区", "静安区").fill("企业名称", report.enterpriseName())
        .fill("统一社会信用代码", report.enterpriseUscc()).select("行业领域", "危险化学品").select("隐患来源", "监督检查")
        .fill("隐患位置", report.location()).fill("隐患描述", "仓库内" + report.description());
    long cases = jdbc.queryForObject("select count(*) from case_ledger", Long.class);
    tasklist.start();
    tasklist.waitForText("疑似重复报告").waitForText(earlier + "（核查隐患，报告时间2026-11-02 09:00）");
    assertThat(tasklist.text()).contains("无法启动流程", "确认不是重复报告").doesNotContain("Cannot instantiate");
    assertThat(jdbc.queryForObject("select count(*) from case_ledger", Long.class)).as("no case opened")
        .isEqualTo(cases);

    tasklist.dismissNotifications().choose("确认不是重复报告");
    tasklist.start();
    List<RelatedCase> related = new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> duplicates.related(earlier).isEmpty() ? null : duplicates.related(earlier));
    assertThat(related).singleElement().satisfies(link -> {
      assertThat(link.relation()).isEqualTo(RelatedCase.LATER_REPORT);
      assertThat(link.confirmedBy()).isEqualTo("jingan-handler2");
    });
  }

  /**
   * Dates as Chinese case work writes them: the picker reads and shows YYYY-MM-DD, weeks start on Monday, a date
   * typed another way is refused with a Chinese message and never reinterpreted; the card shows the absolute due
   * date with its light.
   */
  @Test
  void datesAreYearMonthDayAndWrongOnesAreRefused() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .filter("本组待办");
    Task verify = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    String dueDay = verify.getDueDate().toInstant().atZone(BureauTime.ZONE).toLocalDate()
        .toString();
    tasklist.waitForText("期限 " + dueDay);
    tasklist.openTaskOf(caseNo).claim().choose("一般事故隐患");
    WebElement deadline = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
        .visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-form-field')][.//label[starts-with("
            + "normalize-space(),'整改期限')]]//input")));
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "年-月-日".equals(deadline.getAttribute("placeholder")));

    deadline.sendKeys("30/12/2026", Keys.TAB);
    tasklist.waitForText("「30/12/2026」不是有效日期。日期格式应为 年-月-日，例如 2027-02-26");
    assertThat(deadline.getAttribute("value")).as("never read as another date").isEmpty();

    deadline.clear();
    deadline.sendKeys("2026-11-20", Keys.TAB);
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !tasklist.text().contains("日期格式应为"));
    assertThat(deadline.getAttribute("value")).isEqualTo("2026-11-20");

    deadline.click();
    WebElement firstWeekday = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
        .visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar .flatpickr-weekday")));
    assertThat(firstWeekday.getText().trim()).isEqualTo("周一");
    assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar .flatpickr-current-month")).getText())
        .contains("十一月");
  }

  /**
   * A report started in Tasklist: the confirmation names the case with a link to its page, and the case's task names
   * it with 案件详情; both open in a new tab, in Tasklist's session, not sandboxed like Tasklist. The navbar links the
   * user's cases in a new tab as well.
   */
  @Test
  void aReportStartedInTasklistNamesItsCaseWithLinksToIt() {
    String enterprise = "上海启明化工有限公司";
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .startProcess("隐患排查治理闭环")
        .select("所属区", "静安区")
        .fill("企业名称", enterprise)
        .fill("统一社会信用代码", UniqueReports.uscc())
        .select("行业领域", "危险化学品")
        .select("隐患来源", "监督检查")
        .fill("隐患位置", UniqueReports.location("2号仓库"))
        .fill("隐患描述", "危化品与普通货物混存");
    tasklist.start();

    String caseNo = tasklist.startedCaseNo();
    assertThat(caseFile.find(caseNo)).get().extracting(CaseSummary::enterpriseName).isEqualTo(enterprise);
    assertThat(tasklist.text()).contains("流程已启动", "案件编号 " + caseNo, "查看案件");
    WebElement startedLink = tasklist.startedCaseLink();
    assertThat(startedLink.getAttribute("href")).endsWith("/dashboard/case.html?caseNo=" + caseNo);
    assertThat(startedLink.getAttribute("target")).isEqualTo("_blank");
    assertThat(startedLink.getAttribute("rel")).contains("noopener");
    TasklistPage.Tab casePage = tasklist.followInNewTab(startedLink).waitForText(enterprise);
    assertThat(casePage.url()).endsWith("/dashboard/case.html?caseNo=" + caseNo);
    assertThat(casePage.showsDialogs()).as("a normal tab, not sandboxed like Tasklist").isTrue();
    casePage.close().dismissNotifications();

    tasklist.filter("本组待办").openTaskOf(caseNo);
    assertThat(tasklist.taskCase()).isEqualTo("案件 " + caseNo + "（" + enterprise + "）");
    WebElement details = tasklist.caseDetailsLink();
    assertThat(details.getText()).isEqualTo("案件详情");
    assertThat(details.getAttribute("target")).isEqualTo("_blank");
    tasklist.followInNewTab(details).waitForText(enterprise).waitForText("全过程记录").close();
    assertThat(tasklist.text()).as("Tasklist stays where it was").contains("核查隐患");

    WebElement myCases = tasklist.navbarLink("我的案件");
    assertThat(myCases.getAttribute("href")).endsWith("/dashboard/my-cases.html");
    assertThat(myCases.getAttribute("target")).isEqualTo("_blank");
    assertThat(myCases.getAttribute("rel")).contains("noopener");
    tasklist.followInNewTab(myCases).waitForText("我的已办").waitForText("我发起的").close();
  }

  @Test
  void theRectificationTaskLinksItsOrderOnTheDocumentPageInANewTab() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler", Map.of(
        HazardProcess.Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), HazardProcess.Var.FIXED_ON_SPOT, false,
        HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-11-20"));
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .filter("本组待办").openTaskOf(caseNo);
    WebElement link = tasklist.link("责令限期整改指令书（PDF）");
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/dashboard/document.html?caseNo=" + caseNo + "&type=rectification-order");
    assertThat(link.getAttribute("target")).isEqualTo("_blank");
    assertThat(link.getAttribute("rel")).as("the page opened cannot reach back into Tasklist").contains("noopener");
    // The document page opens in Tasklist's session, without a second login, and offers to issue the order.
    browser.get(href);
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.tagName("body"),
        "data-state", "ISSUABLE"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("责令限期整改指令书");
    assertThat(browser.findElement(By.id("issue")).getText()).isEqualTo("出具并打开");
  }

  @Test
  void aReturnedListingNoticeShowsTheLeadersReasonAndStaysWithItsHandler() {
    String caseNo = hazards.report("jingan-handler", "南京西路街道", "HAZARDOUS_CHEMICALS");
    hazards.complete(caseNo, HazardProcess.USER_TASK_VERIFY_HAZARD, "jingan-handler",
        Map.of(HazardProcess.Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
    hazards.complete(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE, "jingan-handler", Map.of(
        HazardProcess.Var.MEASURES_REQUIRED, "危化品分区存放", HazardProcess.Var.SUSPENSION, Suspension.PARTIAL.code(),
        HazardProcess.Var.RECTIFICATION_DEADLINE, "2026-11-30"));
    hazards.complete(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING, "jingan-leader", Map.of(
        HazardProcess.Var.LISTING_APPROVAL, Code.RETURNED, "opinion", "督办措施不具体，请补充防爆措施"));

    // Without a claim, in the handler's own list, named with the enterprise and marked as returned.
    TasklistPage tasklist = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD)
        .filter("我的待办").openTaskOf(caseNo);
    tasklist.waitForText("拟制挂牌督办通知（退回） · 上海某化工有限公司");
    assertThat(tasklist.fieldValue("退回意见")).contains("审批挂牌督办", "jingan-leader", "督办措施不具体，请补充防爆措施");
  }
}
