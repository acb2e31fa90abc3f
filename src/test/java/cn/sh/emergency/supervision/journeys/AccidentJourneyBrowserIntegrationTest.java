package cn.sh.emergency.supervision.journeys;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.UniqueReports;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A general accident (一般事故) in the Chinese Tasklist, from the report to 结案: the leader keeps the district's
 * investigation (提级调查研判), the handler forms the investigation team around a leader picked by name, investigates
 * and reports, the leader approves the report, the handler determines accountability — the unit and its principal go
 * to a dual-penalty case investigated by two officers picked by name — and, when the year after the approval has
 * nearly passed, evaluates the rectification; the handler publishes the approved report and the evaluation; the
 * leader closes the case on the four 不放过. Counts the clicks and
 * typed fields of the whole walk and saves a screenshot of every step to the test report.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class AccidentJourneyBrowserIntegrationTest extends WalkTest {

  static final String WALK = "accident-general";
  /** A new unit each run: the test database keeps earlier runs' cases. */
  static final String UNIT = "上海常德路机械制造有限公司（" + System.currentTimeMillis() % 100_000 + "）";

  @Autowired
  HistoryService historyService;

  AccidentJourneyBrowserIntegrationTest() {
    super(WALK);
  }

  @Test
  void aGeneralAccidentGoesFromReportToClosureInTasklist() {
    TasklistPage handler = walk.logIn("jingan-handler");
    handler.startProcess("生产安全事故调查")
        .select("所属区", "静安区").fill("所属街镇", "静安寺街道").fill("事故单位名称", UNIT)
        .fill("统一社会信用代码", UniqueReports.uscc()).select("行业领域", "工贸")
        .fillDate("事故发生时间（日期）", "2026-11-02").fill("事故发生时间（时间）", "08:10")
        .fillDate("单位报告时间（日期）", "2026-11-02").fill("单位报告时间（时间）", "08:40")
        .fill("死亡人数", "1").fill("重伤人数（含急性工业中毒）", "0").fill("失踪人数", "0")
        .fill("直接经济损失（元）", "1500000")
        .fill("事故简要经过", "冲压车间一名操作工调整模具时未切断电源，被冲床压伤，送医抢救无效死亡")
        .screenshot(WALK, "report").start();
    String caseNo = handler.startedCaseNo();

    TasklistPage leader = walk.logIn("jingan-leader");
    leader.filter("本组待办").openTaskOf(caseNo).claim();
    assertThat(leader.taskCase()).isEqualTo("案件 " + caseNo + "（" + UNIT + "）");
    leader.choose("维持调查层级").fill("研判理由", "一般事故，按时报告，由区人民政府组织调查")
        .screenshot(WALK, "escalation-review").complete();
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_FORM_TEAM);

    TasklistPage handlerAgain = walk.logIn("jingan-handler");
    handlerAgain.filter("本组待办").openTaskOf(caseNo).claim()
        .select("调查组组长", "静安区主要负责人")
        .fill("调查组成员及其单位（每行一人：姓名（单位））", "王建国（区应急管理局）\n李明（区公安分局）\n赵强（区总工会）")
        .screenshot(WALK, "team").complete();
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_INVESTIGATE);

    // The investigation stays with the handler who formed the team: in 我的待办, no claim.
    handlerAgain.filter("我的待办").openTaskOf(caseNo)
        .waitForText("一般事故，按时报告，由区人民政府组织调查").waitForText("静安区分管领导")
        .choose("提交调查报告")
        .fill("事故调查报告", "经调查，该起事故是一起一般生产安全责任事故。事故单位未落实冲床安全操作规程。")
        .fill("事故原因（公布用，1500字以内）", "操作工调整模具时未切断电源、未使用安全栓；单位安全培训和现场管理缺失")
        .screenshot(WALK, "investigation").complete();
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_APPROVE_REPORT);

    TasklistPage leaderAgain = walk.logIn("jingan-leader");
    // The leader who kept the investigation at the district approves its report: in 我的待办, no claim.
    leaderAgain.filter("我的待办").openTaskOf(caseNo);
    assertThat(leaderAgain.fieldValue("事故原因")).startsWith("操作工调整模具时未切断电源");
    leaderAgain.choose("批复同意").fill("意见", "同意调查报告，按报告建议追究责任").screenshot(WALK, "report-approval")
        .complete();
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY);

    TasklistPage handlerThird = walk.logIn("jingan-handler");
    handlerThird.filter("我的待办").openTaskOf(caseNo)
        .fill("主要负责人姓名", "张建华").fill("主要负责人身份证号", "11010519491231002X")
        .fill("主要负责人上一年年收入（元）", "260000")
        .pick("行政处罚案件调查人员", "承办人二", "静安区承办人二（执法证 310106-0002）")
        .pick("行政处罚案件调查人员", "静安", "静安区承办人（执法证 310106-0001）")
        .fill("意见", "对事故单位及其主要负责人立案处罚").screenshot(WALK, "accountability").complete();

    // The approved report is published within 7 working days, checked by the handler first.
    handlerThird.filter("我的待办").openTask(caseNo, "审核并公示决定").check("已核对公示内容")
        .screenshot(WALK, "report-publication").complete();
    walk.awaitCase(caseNo, c -> c.publications() > 0);

    // The case waits for the year after the report's approval: time passes here.
    timers.fire(caseNo, AccidentProcess.TIMER_EVALUATION_DUE);
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_EVALUATE_RECTIFICATION);

    TasklistPage handlerLater = walk.logIn("jingan-handler");
    handlerLater.filter("我的待办").openTask(caseNo, "整改措施落实情况评估")
        .fill("评估结论（将予公开）", "事故单位已完成冲床双手按钮和光电保护改造，全员复训，整改措施已落实")
        .screenshot(WALK, "evaluation").complete();
    walk.awaitStage(caseNo, AccidentProcess.USER_TASK_APPROVE_CLOSURE);
    handlerLater.filter("我的待办").openTask(caseNo, "审核并公示决定").check("已核对公示内容")
        .screenshot(WALK, "evaluation-publication").complete();
    walk.awaitCase(caseNo, c -> c.publications() == 2);

    TasklistPage leaderLater = walk.logIn("jingan-leader");
    leaderLater.filter("我的待办").openTaskOf(caseNo)
        .check("事故原因已查清").check("责任人员已处理").check("整改措施已落实").check("有关人员已受到教育")
        .fill("意见", "四不放过已落实，同意结案").screenshot(WALK, "closure").complete();

    CaseSummary closed = walk.awaitClosed(caseNo);
    assertThat(closed.grade()).isEqualTo("GENERAL");
    assertThat(closed.evaluatedAt()).as("the rectification evaluated").isNotNull();
    String penaltyCaseNo = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(closed.processInstanceId()).variableName(AccidentProcess.Var.PENALTY_CASE_NO)
        .singleResult().getValue();
    assertThat(caseFile.find(penaltyCaseNo)).as("the dual-penalty case of the accident").hasValueSatisfying(penalty ->
        assertThat(penalty.enterpriseName()).isEqualTo(UNIT));
    walk.report(caseNo);
    assertThat(walk.clicks()).as("clicks of a general accident from report to 结案").isLessThanOrEqualTo(56);
  }
}
