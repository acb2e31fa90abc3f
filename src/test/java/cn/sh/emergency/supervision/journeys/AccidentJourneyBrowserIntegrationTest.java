package cn.sh.emergency.supervision.journeys;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PlatformSample;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fatal accident from report to 结案 in the Chinese Tasklist: the handler reports it, the leader keeps the
 * investigating level, the handler forms the team (its leader picked by name) and submits the report, the leader
 * approves it, the handler determines accountability (two investigators of the penalty case picked by name), and — a
 * year on, when the evaluation timer fires — evaluates the rectification; the leader closes the case (四不放过).
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class AccidentJourneyBrowserIntegrationTest {

  static final String WALK = "accident";
  /** A new unit each run: the test database keeps earlier runs' cases. */
  static final String UNIT = "上海昌平路建筑工程有限公司（" + System.currentTimeMillis() % 100_000 + "）";

  @LocalServerPort
  int port;
  @Autowired
  CaseFile caseFile;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;

  WebDriver browser;

  @BeforeEach
  void openBrowser() {
    TasklistPage.newWalk(WALK);
    browser = HeadlessChromium.start("zh-CN");
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aFatalAccidentGoesFromReportToClosureInTasklist() {
    TasklistPage handler = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD);
    handler.startProcess("生产安全事故调查")
        .select("所属区", "静安区").fill("所属街镇", "江宁路街道").fill("事故单位名称", UNIT)
        .fill("统一社会信用代码", UniqueReports.uscc()).select("行业领域", "建设施工")
        .fillDate("事故发生时间（日期）", "2026-11-01").fill("事故发生时间（时间）", "08:30")
        .fillDate("单位报告时间（日期）", "2026-11-01").fill("单位报告时间（时间）", "09:10")
        .fill("死亡人数", "1").fill("重伤人数", "0").fill("失踪人数", "0").fill("直接经济损失", "1200000")
        .fill("事故简要经过", "塔吊拆卸作业中一名作业人员高处坠落死亡").screenshot(WALK, "report")
        .start();
    String caseNo = caseOf(UNIT);
    handler.logOut();

    TasklistPage leader = new TasklistPage(browser, port).logIn("jingan-leader", PlatformSample.PASSWORD);
    leader.filter("本组待办").openTaskOf(caseNo).claim()
        .choose("维持调查层级").fill("研判理由", "一般事故，由区政府组织调查").screenshot(WALK, "escalation-review")
        .complete();
    awaitStage(caseNo, AccidentProcess.USER_TASK_FORM_TEAM);
    leader.logOut();

    TasklistPage handlerAgain = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD);
    handlerAgain.filter("本组待办").openTaskOf(caseNo).claim()
        .pick("调查组组长", "分管", "静安区分管领导")
        .fill("调查组成员及其单位", "王强（区应急管理局）\n李华（区建设管理委员会）\n赵敏（区总工会）")
        .screenshot(WALK, "form-team").complete();
    awaitStage(caseNo, AccidentProcess.USER_TASK_INVESTIGATE);

    handlerAgain.filter("我的待办").openTaskOf(caseNo).choose("提交调查报告")
        .fill("事故调查报告", "经调查，施工单位未编制塔吊拆卸专项方案，作业人员未系安全带")
        .fill("事故原因", "违章作业，安全管理缺失").screenshot(WALK, "investigation").complete();
    awaitStage(caseNo, AccidentProcess.USER_TASK_APPROVE_REPORT);
    handlerAgain.logOut();

    TasklistPage leaderAgain = new TasklistPage(browser, port).logIn("jingan-leader", PlatformSample.PASSWORD);
    leaderAgain.filter("我的待办").openTaskOf(caseNo);
    assertThat(leaderAgain.fieldValue("事故原因")).isEqualTo("违章作业，安全管理缺失");
    leaderAgain.choose("批复同意").fill("意见", "同意调查报告").screenshot(WALK, "report-approval").complete();
    awaitStage(caseNo, AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY);
    leaderAgain.logOut();

    TasklistPage handlerThird = new TasklistPage(browser, port).logIn("jingan-handler", PlatformSample.PASSWORD);
    handlerThird.filter("我的待办").openTaskOf(caseNo)
        .fill("主要负责人姓名", "陈建国").fill("主要负责人身份证号", "11010519491231002X")
        .fill("主要负责人上一年年收入", "360000")
        .pick("行政处罚案件调查人员", "承办人二", "静安区承办人二（执法证 310106-0002）")
        .pick("行政处罚案件调查人员", "静安", "静安区承办人（执法证 310106-0001）")
        .screenshot(WALK, "accountability").complete();
    // A year on: the evaluation before the approval's first anniversary falls due.
    Job evaluationDue = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> managementService
        .createJobQuery().processInstanceId(caseFile.find(caseNo).orElseThrow().processInstanceId())
        .activityId(AccidentProcess.TIMER_EVALUATION_DUE).singleResult());
    TestClock.set(LocalDateTime.ofInstant(evaluationDue.getDuedate().toInstant(), ZoneId.of("Asia/Shanghai"))
        .plusMinutes(1).toString());
    managementService.executeJob(evaluationDue.getId());
    awaitStage(caseNo, AccidentProcess.USER_TASK_EVALUATE_RECTIFICATION);

    handlerThird.filter("我的待办").openTaskOf(caseNo)
        .fill("评估结论", "整改措施已全部落实，施工单位已建立拆卸作业审批制度").screenshot(WALK, "evaluation").complete();
    awaitStage(caseNo, AccidentProcess.USER_TASK_APPROVE_CLOSURE);
    handlerThird.logOut();

    TasklistPage leaderThird = new TasklistPage(browser, port).logIn("jingan-leader", PlatformSample.PASSWORD);
    leaderThird.filter("我的待办").openTaskOf(caseNo)
        .check("事故原因已查清").check("责任人员已处理").check("整改措施已落实").check("有关人员已受到教育")
        .fill("意见", "四不放过，同意结案").screenshot(WALK, "closure").complete();

    CaseSummary closed = new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> caseFile.find(caseNo).filter(c -> c.closedAt() != null).orElse(null));
    assertThat(closed.grade()).isNotBlank();
    assertThat(closed.evaluatedAt()).isNotNull();
    TasklistPage[] users = {handler, leader, handlerAgain, leaderAgain, handlerThird, leaderThird};
    System.out.printf("%n[walk %s] %s closed: %d clicks, %d typed fields%n", WALK, caseNo,
        java.util.Arrays.stream(users).mapToInt(TasklistPage::clicks).sum(),
        java.util.Arrays.stream(users).mapToInt(TasklistPage::typedFields).sum());
  }

  private String caseOf(String unit) {
    HistoricProcessInstance started = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AccidentProcess.PROCESS_KEY)
            .variableValueEquals("enterpriseName", unit).list().stream().findFirst().orElse(null));
    return started.getBusinessKey();
  }

  private void awaitStage(String caseNo, String stage) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> caseFile.find(caseNo).filter(c -> stage.equals(c.stage())).isPresent());
  }
}
