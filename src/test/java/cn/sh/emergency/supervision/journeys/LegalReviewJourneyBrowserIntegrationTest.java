package cn.sh.emergency.supervision.journeys;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A major decision's legal review (法制审核) in the Chinese Tasklist: the handler submits it, the legal reviewer
 * returns it with a reason, the handler sees the reason on top of the task and supplements, the reviewer approves.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class LegalReviewJourneyBrowserIntegrationTest extends WalkTest {

  static final String WALK = "legal-review";
  /** A new party each run: the test database keeps earlier runs' cases. */
  static final String PARTY = "上海延平路燃气器具有限公司（" + System.currentTimeMillis() % 100_000 + "）";

  LegalReviewJourneyBrowserIntegrationTest() {
    super(WALK);
  }

  @Test
  void aReturnedLegalReviewIsSupplementedAndApprovedInTasklist() {
    TasklistPage handler = walk.logIn("jingan-handler");
    handler.startProcess("重大执法决定法制审核")
        .select("所属区", "静安区").fill("当事人（单位）名称", PARTY)
        .fill("统一社会信用代码", EngineRest.VALID_USCC).select("行业领域", "燃气").select("决定类型", "罚款")
        .fill("拟作出的决定", "对当事人处以罚款").fill("拟罚款金额", "50000")
        .fill("法律依据", "中华人民共和国安全生产法第一百零二条").screenshot(WALK, "request")
        .start();
    String caseNo = handler.startedCaseNo();

    TasklistPage reviewer = walk.logIn("jingan-reviewer");
    reviewer.filter("本组待办").openTaskOf(caseNo).claim();
    reviewer.waitForText(PARTY).choose("退回补充").fill("法制审核意见", "未载明违法事实和证据，请补充")
        .screenshot(WALK, "review-returned").complete();
    walk.awaitStage(caseNo, LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION);

    TasklistPage handlerAgain = walk.logIn("jingan-handler");
    handlerAgain.filter("我的待办").openTaskOf(caseNo).waitForText("未载明违法事实和证据，请补充")
        .fill("拟作出的决定", "当事人未落实燃气泄漏报警装置，经调查取证属实，拟处以罚款")
        .fill("补充说明", "已补充现场检查笔录和照片").screenshot(WALK, "supplement").complete();
    walk.awaitStage(caseNo, LegalReviewProcess.USER_TASK_REVIEW_DECISION);

    TasklistPage reviewerAgain = walk.logIn("jingan-reviewer");
    reviewerAgain.filter("我的待办").openTaskOf(caseNo).waitForText("已补充现场检查笔录和照片")
        .check("执法主体合法").check("执法程序合法").check("案件事实清楚").check("证据合法充分")
        .check("适用法律依据准确").check("自由裁量适当").check("执法文书完备").check("已审查是否涉嫌犯罪")
        .choose("同意").fill("法制审核意见", "事实清楚，证据充分，同意").screenshot(WALK, "review-approved")
        .complete();

    CaseSummary closed = walk.awaitClosed(caseNo);
    assertThat(closed.enterpriseName()).isEqualTo(PARTY);
    assertThat(caseRecords.of(caseNo)).extracting(r -> r.activityId())
        .containsSubsequence(LegalReviewProcess.USER_TASK_REVIEW_DECISION,
            LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION, LegalReviewProcess.USER_TASK_REVIEW_DECISION);
    walk.report(caseNo);
  }
}
