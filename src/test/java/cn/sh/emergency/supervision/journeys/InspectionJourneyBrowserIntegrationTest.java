package cn.sh.emergency.supervision.journeys;

import static cn.sh.emergency.supervision.support.TasklistPage.BROWSER_TEST_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.support.EngineRest;
import cn.sh.emergency.supervision.support.EngineTime;
import cn.sh.emergency.supervision.support.HeadlessChromium;
import cn.sh.emergency.supervision.support.PostgresIntegrationTest;
import cn.sh.emergency.supervision.support.Register;
import cn.sh.emergency.supervision.support.TasklistPage;
import cn.sh.emergency.supervision.support.UniqueReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An inspection in the Chinese Tasklist as the officer does it: applies for the 检查码 (the unit from the register, a
 * complaint, two officers picked), records the on-site inspection with the gas sector's checklist, and hands the
 * finding over to the hazard closed loop. Saves a screenshot of every step to the test report.
 */
@PostgresIntegrationTest
@EngineTime(BROWSER_TEST_TIME)
@ExtendWith(HeadlessChromium.class)
class InspectionJourneyBrowserIntegrationTest extends WalkTest {

  static final String WALK = "inspection";
  /** A new unit each run: the test database keeps earlier runs' cases. */
  static final String UNIT = "上海延安西路燃气供应站（" + System.currentTimeMillis() % 100_000 + "）";

  @Autowired
  TestRestTemplate restTemplate;

  InspectionJourneyBrowserIntegrationTest() {
    super(WALK);
  }

  @Test
  void anInspectionIsAppliedForHeldAndItsFindingHandedOverInTasklist() {
    String uscc = Register.unit(new EngineRest(restTemplate), UNIT, "GAS", "HIGH", "B");

    TasklistPage handler = walk.logIn("jingan-handler");
    handler.startProcess("执法检查")
        .select("所属区", "静安区").fill("被检查单位统一社会信用代码", uscc).choose("投诉举报")
        .fill("触发检查的事项", "12345热线投诉：调压站有燃气味").fillDate("计划检查日期", "2026-11-02")
        .pick("检查人员", "承办人二", "静安区承办人二（执法证 310106-0002）")
        .pick("检查人员", "静安", "静安区承办人（执法证 310106-0001）")
        .screenshot(WALK, "apply").start();
    String caseNo = handler.startedCaseNo();
    assertThat(caseNo).startsWith("IN-JINGAN-");

    handler.filter("本组待办").openTaskOf(caseNo).claim()
        .fillDate("检查开始时间（日期）", "2026-11-02").fill("检查开始时间（时间）", "08:00")
        .fillDate("检查结束时间（日期）", "2026-11-02").fill("检查结束时间（时间）", "08:45")
        .fill("检查场所", "调压站及瓶库").fill("被检查单位现场负责人", "王经理（安全部经理）")
        .tick("检查项目", "全员安全生产责任制的建立和落实（安全生产法第二十二条）")
        .tick("检查项目", "燃气泄漏报警和自动切断装置")
        .tick("不符合要求的项目", "燃气泄漏报警和自动切断装置")
        .fill("检查情况", "调压站燃气泄漏报警装置损坏未修复").choose("发现问题")
        .screenshot(WALK, "on-site").complete();
    walk.awaitStage(caseNo, InspectionProcess.USER_TASK_RECORD_FINDING);

    handler.filter("我的待办").openTaskOf(caseNo)
        .fill("发现的问题", "燃气泄漏报警装置损坏未修复").fill("问题所在部位", UniqueReports.location("调压站"))
        .choose("移交隐患排查治理").choose("登记完毕").screenshot(WALK, "finding").complete();

    CaseSummary closed = walk.awaitClosed(caseNo);
    assertThat(closed.outcome()).isEqualTo(InspectionProcess.Outcome.HAZARDS_HANDED_OVER);
    assertThat(closed.findings()).isEqualTo(1);
    walk.report(caseNo);
  }
}
