package cn.sh.emergency.supervision.journeys;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.UniqueReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A MAJOR hazard from report to 销号, every step done in the Chinese Tasklist by the user whose step it is: the
 * handler reports and verifies, drafts the listing notice, the leader approves it, the handler registers the plan,
 * records the completion and accepts the rectification. Counts the clicks and typed fields of the whole walk and
 * saves a screenshot of every step to the test report.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class HazardJourneyBrowserIntegrationTest extends WalkTest {

  static final String WALK = "hazard-major";
  /** A new enterprise each run: the test database keeps earlier runs' cases. */
  static final String ENTERPRISE = "上海巨鹿路危化品仓储有限公司（" + System.currentTimeMillis() % 100_000 + "）";

  HazardJourneyBrowserIntegrationTest() {
    super(WALK);
  }

  @Test
  void aMajorHazardGoesFromReportToClosureInTasklist() {
    TasklistPage handler = walk.logIn("jingan-handler");
    handler.startProcess("隐患排查治理闭环")
        .select("所属区", "静安区").fill("所属街镇", "南京西路街道").fill("企业名称", ENTERPRISE)
        .fill("统一社会信用代码", UniqueReports.uscc()).select("行业领域", "危险化学品")
        .select("隐患来源", "监督检查").fill("隐患位置", UniqueReports.location("巨鹿路 1 号 2 号仓库"))
        .fill("隐患描述", "甲类危化品与氧化剂混存，未设防火分隔").screenshot(WALK, "report")
        .start();
    String caseNo = handler.startedCaseNo();

    handler.filter("本组待办").openTaskOf(caseNo).claim()
        .choose("重大事故隐患").fill("核查意见", "现场核实，属重大事故隐患，建议挂牌督办").screenshot(WALK, "verify")
        .complete();
    walk.awaitStage(caseNo, HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);

    // The next handler step stays with the handler: in 我的待办, no claim.
    handler.filter("我的待办").openTaskOf(caseNo)
        .fill("督办整改措施", "危化品分区分类存放，设置防火分隔和可燃气体报警").select("停产停业范围", "局部停产停业")
        .fillDate("整改期限", "2026-11-30").fill("拟办意见", "拟对该隐患挂牌督办").screenshot(WALK, "draft-listing")
        .complete();
    walk.awaitStage(caseNo, HazardProcess.USER_TASK_APPROVE_LISTING);

    TasklistPage leader = walk.logIn("jingan-leader");
    leader.filter("本组待办").openTaskOf(caseNo).claim();
    // The leader sees the handler's opinions in the task's 流转记录 before deciding.
    leader.waitForText("现场核实，属重大事故隐患").waitForText("拟对该隐患挂牌督办");
    leader.choose("同意挂牌督办").fill("审批意见", "同意挂牌督办").screenshot(WALK, "approve-listing").complete();
    walk.awaitStage(caseNo, HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN);

    TasklistPage handlerAgain = walk.logIn("jingan-handler");
    handlerAgain.filter("我的待办").openTaskOf(caseNo)
        .fill("治理目标和任务", "消除危化品混存").fill("采取的方法和措施", "分区存放，增设防火墙")
        .fill("经费和物资落实", "企业自筹 20 万元").fill("负责治理的机构和人员", "安全管理部 王经理")
        .fill("安全措施和应急预案", "整改期间限量储存，专人值守").check("企业已向职工大会")
        .screenshot(WALK, "rectification-plan").complete();
    walk.awaitStage(caseNo, HazardProcess.USER_TASK_RECORD_RECTIFICATION);

    handlerAgain.filter("我的待办").openTaskOf(caseNo)
        .choose("整改完成，申请复查").fill("意见", "防火墙已建成，危化品已分区存放")
        .screenshot(WALK, "rectification-done").complete();
    walk.awaitStage(caseNo, HazardProcess.USER_TASK_ACCEPT_RECTIFICATION);

    handlerAgain.filter("我的待办").openTaskOf(caseNo)
        .choose("合格，予以销号").fill("验收意见", "复查合格，同意销号").screenshot(WALK, "acceptance").complete();

    CaseSummary closed = walk.awaitClosed(caseNo);
    assertThat(closed.listedAt()).as("listed for supervision on the way").isNotNull();
    walk.report(caseNo);
    assertThat(walk.clicks()).as("clicks of a MAJOR hazard from report to 销号").isLessThanOrEqualTo(44);
  }
}
