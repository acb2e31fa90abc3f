package cn.sh.emergency.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.LegalArticle;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.TestClock;
import cn.sh.emergency.supervision.support.UniqueReports;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dual-penalty case (一案双罚) from the proposal to 结案, every step done in the Chinese Tasklist by the user whose
 * step it is: the handler proposes the case against a unit and its principal, the leader approves the registration,
 * the handler investigates, proposes each party's fine within the discretion range, issues and serves each party's
 * notice and records the principal's statement; the unit lets its statement period pass; the legal reviewer reviews
 * the principal's decision, the leader decides both, the handler serves the decisions, checks their publication and
 * records the payments; the leader approves the closure. Counts the clicks and typed fields of the whole walk and
 * saves a screenshot of every step to the test report.
 */
@PostgresIntegrationTest
// Early in the year: the 90-day decision period must end within the calendar's years.
@EngineTime("2026-03-02T09:00:00")
@ExtendWith(HeadlessChromium.class)
class DualPenaltyJourneyBrowserIntegrationTest extends WalkTest {

  static final String WALK = "dual-penalty";
  /** A new unit each run: the test database keeps earlier runs' cases. */
  static final String UNIT = "上海铜仁路化工有限公司（" + System.currentTimeMillis() % 100_000 + "）";
  static final String PRINCIPAL = "李建国";
  /** How the party steps of a penalty case name their party: the unit by its kind, a person by name and kind. */
  static final String UNIT_PARTY = "生产经营单位";
  static final String PRINCIPAL_PARTY = PRINCIPAL + "（主要负责人）";
  static final long UNIT_FINE = 20_000;
  static final long PRINCIPAL_FINE = 60_000;

  @Autowired
  TaskService taskService;

  DualPenaltyJourneyBrowserIntegrationTest() {
    super(WALK);
  }

  @Test
  void aUnitAndItsPrincipalArePenalisedAndTheCaseClosedInTasklist() {
    String registered = today();
    TasklistPage handler = walk.logIn("jingan-handler");
    handler.startProcess("一案双罚行政处罚案件")
        .select("所属区", "静安区").fill("被处罚单位名称", UNIT).fill("统一社会信用代码", UniqueReports.uscc())
        .select("行业领域", "危险化学品").fill("违法事实", "甲类仓库可燃气体报警装置失效，责令限期整改后逾期未改正")
        .fillDate("违法行为发生日期", today())
        .select("被处罚单位的法律依据条款", LegalArticle.SPL_102.chineseName())
        .fill("法律依据", "《中华人民共和国安全生产法》第一百零二条").check("逾期未改正")
        .select("拟作出的决定类型", "罚款")
        .pick("调查人员", "承办人二", "静安区承办人二（执法证 310106-0002）")
        .pick("调查人员", "静安", "静安区承办人（执法证 310106-0001）")
        .fill("主要负责人姓名", PRINCIPAL).fill("主要负责人身份证号", "11010519491231002X")
        .fill("主要负责人上一年年收入", "300000").screenshot(WALK, "proposal")
        .start();
    String caseNo = handler.startedCaseNo();

    TasklistPage leader = walk.logIn("jingan-leader");
    leader.filter("本组待办").openTaskOf(caseNo).claim();
    assertThat(leader.taskCase()).isEqualTo("案件 " + caseNo + "（" + UNIT + "）");
    leader.choose("同意立案").fill("意见", "同意立案，由静安区承办人办理").screenshot(WALK, "registration").complete();
    walk.awaitStage(caseNo, DualPenaltyProcess.USER_TASK_INVESTIGATE);

    handler = walk.logIn("jingan-handler");
    handler.filter("本组待办").openTaskOf(caseNo).claim();
    // The leader's opinion and name, in the task's 流转记录.
    handler.waitForText("同意立案，由静安区承办人办理").waitForText("静安区分管领导");
    handler.fill("调查终结报告", "现场检查笔录、询问笔录和照片证实报警装置失效且逾期未改正")
        .fill("意见", "建议对单位及其主要负责人分别处以罚款").screenshot(WALK, "investigation").complete();
    awaitDone(caseNo, "调查取证");

    // Both proposals stay with the handler who investigated: in 我的待办, no claim.
    handler.filter("我的待办").openTask(caseNo, partyTask("拟定处罚意见", UNIT_PARTY));
    assertThat(range(handler)).as("the unit's discretion range").containsExactly(0L, 50_000L);
    handler.fill("拟罚款金额", String.valueOf(UNIT_FINE)).fill("拟处理决定内容", "对单位处罚款人民币二万元")
        .screenshot(WALK, "propose-unit").complete();
    awaitDone(caseNo, partyTask("拟定处罚意见", UNIT_PARTY));

    handler.filter("我的待办").openTask(caseNo, partyTask("拟定处罚意见", PRINCIPAL_PARTY));
    assertThat(range(handler)).as("the principal's discretion range").containsExactly(50_000L, 100_000L);
    handler.fill("拟罚款金额", String.valueOf(PRINCIPAL_FINE)).fill("拟处理决定内容", "对主要负责人处罚款人民币六万元")
        .screenshot(WALK, "propose-principal").complete();
    awaitDone(caseNo, partyTask("拟定处罚意见", PRINCIPAL_PARTY));

    // Each party's notice is issued on its document page (a new tab), then served.
    for (String party : List.of(UNIT_PARTY, PRINCIPAL_PARTY)) {
      handler.filter("我的待办").openTask(caseNo, partyTask("送达行政处罚告知书", party));
      handler.followInNewTab(handler.link("行政处罚告知书（PDF）")).issue().close()
          .fillDate("告知书送达日期", today()).screenshot(WALK, "serve-notice").complete();
      awaitDone(caseNo, partyTask("送达行政处罚告知书", party));
    }

    handler.filter("我的待办").openTask(caseNo, partyTask("听取陈述申辩", PRINCIPAL_PARTY));
    assertThat(handler.fieldValue("告知书送达日期")).as("a date as the form shows it").isEqualTo(registered);
    handler.choose("已陈述申辩").fill("陈述申辩要点", "称已购置新报警装置，请求从轻处罚")
        .screenshot(WALK, "statement-principal").complete();
    awaitDone(caseNo, partyTask("听取陈述申辩", PRINCIPAL_PARTY));

    // Time passes: the unit makes no statement within its 5 working days, and the case moves on without it.
    timers.fire(caseNo, DualPenaltyProcess.TIMER_STATEMENT_PERIOD_ENDS);

    // The principal's fine of 60 000 yuan needs a legal review.
    TasklistPage reviewer = walk.logIn("jingan-reviewer");
    reviewer.filter("本组待办").openTaskOf(caseNo).claim();
    assertThat(reviewer.fieldValue("陈述申辩要点")).as("the party's statement, before the review")
        .isEqualTo("称已购置新报警装置，请求从轻处罚");
    reviewer.check("执法主体合法").check("执法程序合法").check("案件事实清楚").check("证据合法充分")
        .check("适用法律依据准确").check("自由裁量适当").check("执法文书完备").check("已审查是否涉嫌犯罪")
        .choose("同意").fill("法制审核意见", "事实清楚，证据充分，罚款在裁量基准内，同意")
        .screenshot(WALK, "legal-review").complete();
    awaitDone(caseNo, partyTask("法制审核", PRINCIPAL_PARTY));

    // The leader who approved the registration has both decisions in 我的待办.
    leader = walk.logIn("jingan-leader");
    leader.filter("我的待办").openTask(caseNo, partyTask("作出处罚决定", UNIT_PARTY))
        .choose("同意，按拟定意见作出决定").screenshot(WALK, "decide-unit").complete();
    awaitDone(caseNo, partyTask("作出处罚决定", UNIT_PARTY));
    leader.filter("我的待办").openTask(caseNo, partyTask("作出处罚决定", PRINCIPAL_PARTY));
    // The reviewer's opinion and name, before the leader decides.
    assertThat(leader.fieldValue("法制审核意见")).isEqualTo("事实清楚，证据充分，罚款在裁量基准内，同意");
    leader.waitForText("静安区法制审核员");
    leader.choose("同意，按拟定意见作出决定").fill("意见", "同意").screenshot(WALK, "decide-principal").complete();
    awaitDone(caseNo, partyTask("作出处罚决定", PRINCIPAL_PARTY));

    handler = walk.logIn("jingan-handler");
    for (String party : List.of(UNIT_PARTY, PRINCIPAL_PARTY)) {
      handler.filter("我的待办").openTask(caseNo, partyTask("送达处罚决定书", party));
      String decisionNo = handler.fieldValue("决定书文号");
      handler.fillDate("送达日期", today()).select("送达方式", "直接送达").screenshot(WALK, "serve-decision")
          .complete();
      awaitDone(caseNo, partyTask("送达处罚决定书", party));

      handler.filter("我的待办").openTask(caseNo, "审核并公示决定 · " + UNIT + " · " + decisionNo)
          .check("已核对公示内容").screenshot(WALK, "publication").complete();
      awaitDone(caseNo, "审核并公示决定 · " + UNIT + " · " + decisionNo);
    }

    for (String party : List.of(UNIT_PARTY, PRINCIPAL_PARTY)) {
      handler.filter("我的待办").openTask(caseNo, partyTask("登记缴款", party));
      String fine = handler.fieldValue("罚款金额");
      handler.fill("本次缴款金额", fine).fillDate("缴款日期", today())
          .fill("缴款凭证号", "沪财缴-" + (party.equals(UNIT_PARTY) ? "0001" : "0002"))
          .screenshot(WALK, "payment").complete();
      awaitDone(caseNo, partyTask("登记缴款", party));
    }

    leader = walk.logIn("jingan-leader");
    leader.filter("我的待办").openTaskOf(caseNo)
        .choose("同意结案").fill("意见", "两名当事人罚款均已缴清，同意结案").screenshot(WALK, "closure").complete();

    CaseSummary closed = walk.awaitClosed(caseNo);
    assertThat(closed.personsPenalised()).as("the principal penalised as a person").isEqualTo(1);
    assertThat(closed.fineDecidedYuan()).as("both parties' fines decided").isEqualTo(UNIT_FINE + PRINCIPAL_FINE);
    assertThat(closed.fineCollectedYuan()).as("and paid").isEqualTo(UNIT_FINE + PRINCIPAL_FINE);
    walk.report(caseNo);
    assertThat(walk.clicks()).as("clicks of a dual-penalty case from proposal to 结案").isLessThanOrEqualTo(104);
  }

  /** A party's step as Tasklist names it: the step, the unit, the party. */
  private static String partyTask(String step, String party) {
    return step + " · " + UNIT + " · " + party;
  }

  /** The discretion range the proposal form shows, lower and upper bound. */
  private static List<Long> range(TasklistPage page) {
    return List.of(yuan(page.fieldValue("裁量基准下限")), yuan(page.fieldValue("裁量基准上限")));
  }

  private static long yuan(String shown) {
    return new BigDecimal(shown.replace(",", "")).longValueExact();
  }

  /** The engine's day (Shanghai), as a date field takes it. */
  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestClock.SHANGHAI).toString();
  }

  /** Waits until the task completed in Tasklist is gone from the engine. */
  private void awaitDone(String caseNo, String taskName) {
    new FluentWait<>(taskService).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(200))
        .withMessage(() -> taskName + " of " + caseNo + " still open")
        .until(tasks -> tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskName(taskName).count() == 0);
  }
}
