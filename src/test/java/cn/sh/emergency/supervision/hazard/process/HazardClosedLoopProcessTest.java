package cn.sh.emergency.supervision.hazard.process;

import static cn.sh.emergency.supervision.hazard.HazardProcess.Code;
import static cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardTimeLimits;
import cn.sh.emergency.supervision.hazard.Suspension;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.HazardLevel;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the hazard closed loop on an in-memory engine: the real BPMN, the calendar and the small
 * variable-only delegates; the case file and urging mocked. Timers fire by moving the engine clock.
 */
@Deployment(resources = {
    "processes/hazard/hazard-closed-loop.bpmn",
    "forms/hazard/hazard-report.form", "forms/hazard/hazard-verify.form", "forms/hazard/hazard-listing-notice.form",
    "forms/hazard/hazard-listing-approval.form", "forms/hazard/hazard-rectification-plan.form",
    "forms/hazard/hazard-rectification-progress.form", "forms/hazard/hazard-overdue-decision.form",
    "forms/hazard/hazard-extension-approval.form", "forms/hazard/hazard-acceptance.form"})
class HazardClosedLoopProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private static final String CASE_NO = "HZ-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final CaseFile caseFile = mock(CaseFile.class);
  private final CaseRecords caseRecords = mock(CaseRecords.class);
  private final CaseReferrals caseReferrals = mock(CaseReferrals.class);
  private final JavaDelegate urgeCase = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    // The server's engine may live in the same JVM (integration tests): name the one under test.
    BpmnAwareTests.init(engine.getProcessEngine());
    setClock("2026-03-02T09:00");
    Mocks.register("deadline", deadline);
    Mocks.register("hazardTimeLimits", new HazardTimeLimits());
    Mocks.register("listHazardDelegate", new ListHazardDelegate(caseFile, caseRecords));
    Mocks.register("markOverdueDelegate", new MarkOverdueDelegate(caseFile));
    Mocks.register("referForPenaltyDelegate", new ReferForPenaltyDelegate(caseReferrals));
    Mocks.register("closeHazardDelegate", new CloseHazardDelegate(caseFile, caseRecords));
    Mocks.register("applyExtensionDelegate", new ApplyExtensionDelegate());
    Mocks.register("countAcceptanceFailureDelegate", new CountAcceptanceFailureDelegate());
    Mocks.register("reportCompletionDelegate", new ReportCompletionDelegate());
    Mocks.register("trackRectificationDeadlineTaskListener",
        new TrackRectificationDeadlineTaskListener(caseFile, deadline));
    Mocks.register("urgeCaseDelegate", urgeCase);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void unfoundedReportIsClosedWithItsReason() {
    ProcessInstance hazard = report();
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_VERIFY_HAZARD);
    assertThat(task()).hasCandidateGroup("case-handlers")
        .hasDueDate(deadline.workingDays(ClockUtil.getCurrentTime(), 5));

    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.UNFOUNDED.code(), Var.UNFOUNDED_REASON, "现场无此情况"));

    assertThat(hazard).isEnded().hasPassed(HazardProcess.END_EVENT_HAZARD_UNFOUNDED);
  }

  @Test
  void generalHazardFixedOnTheSpotGoesStraightToAcceptance() {
    ProcessInstance hazard = report();
    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, true,
        Var.ON_SPOT_EVIDENCE, "整改前后照片"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_ACCEPT_RECTIFICATION)
        .hasNotPassed(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    // Acceptance within 10 days of the completion report (2026-03-12, a Thursday).
    assertThat(task()).hasDueDate(deadline.days(ClockUtil.getCurrentTime(), 10));
    Assertions.assertThat(runtimeService().getVariable(hazard.getId(), Var.RECTIFIED_ON_TIME)).isEqualTo(true);

    complete(task(), withVariables(Var.ACCEPTANCE, Code.PASSED));
    assertThat(hazard).isEnded().hasPassed(HazardProcess.SERVICE_TASK_CLOSE_HAZARD, HazardProcess.END_EVENT_HAZARD_CLOSED);
    verify(caseFile).markOnTime(any(), eq(true));
  }

  @Test
  void generalHazardWithADeadlineIsRectifiedThenAccepted() {
    ProcessInstance hazard = report();
    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
        Var.RECTIFICATION_DEADLINE, "2026-03-20"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    assertThat(task()).hasDueDate(deadline.endOf("2026-03-20"));
    verify(caseFile).setDeadline(any(), eq(deadline.endOf("2026-03-20").toInstant()));

    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.IN_PROGRESS, Var.PROGRESS_NOTE, "已采购防爆柜"));
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);

    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.COMPLETED));
    complete(task(), withVariables(Var.ACCEPTANCE, Code.PASSED));
    assertThat(hazard).isEnded().hasPassed(HazardProcess.END_EVENT_HAZARD_CLOSED)
        .hasNotPassed(HazardProcess.SERVICE_TASK_LIST_HAZARD);
  }

  @Test
  void majorHazardIsListedPlannedRectifiedAndAccepted() {
    ProcessInstance hazard = report();
    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE);
    completeListingNotice("2026-04-30");
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_APPROVE_LISTING);
    assertThat(task()).hasCandidateGroup("leaders");
    complete(task(), withVariables(Var.LISTING_APPROVAL, Code.APPROVED));

    assertThat(hazard).hasPassed(HazardProcess.SERVICE_TASK_LIST_HAZARD)
        .isWaitingAt(HazardProcess.USER_TASK_SUBMIT_RECTIFICATION_PLAN);
    verify(caseFile).markListed(any(), eq(true), any());
    complete(task(), withVariables(Var.PLAN_GOAL, "消除混存", Var.PLAN_MEASURES, "分区存放", Var.PLAN_FUNDS, "20万元",
        Var.PLAN_RESPONSIBLE, "安全部 王某", Var.PLAN_SAFETY_MEASURES, "专人监护，应急预案已备案",
        Var.WORKERS_CONGRESS_INFORMED, true));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.COMPLETED));
    complete(task(), withVariables(Var.ACCEPTANCE, Code.PASSED));

    assertThat(hazard).isEnded().hasPassed(HazardProcess.SERVICE_TASK_CLOSE_HAZARD);
    verify(caseFile).markListed(any(), eq(false), any());
  }

  @Test
  void listingSentBackIsDraftedAgain() {
    ProcessInstance hazard = report();
    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.MAJOR.code()));
    completeListingNotice("2026-04-30");
    complete(task(), withVariables(Var.LISTING_APPROVAL, Code.RETURNED, CommonVariables.OPINION, "措施不具体"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_DRAFT_LISTING_NOTICE)
        .hasNotPassed(HazardProcess.SERVICE_TASK_LIST_HAZARD);
    verify(caseFile, never()).markListed(anyString(), eq(true), any());
  }

  @Test
  void failedAcceptanceIsCountedAndRectificationStartsAgain() {
    ProcessInstance hazard = generalWithDeadline("2026-03-20");
    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.COMPLETED));
    complete(task(), withVariables(Var.ACCEPTANCE, Code.FAILED, Var.RECTIFICATION_DEADLINE, "2026-04-10",
        CommonVariables.OPINION, "仍有混存"));

    assertThat(hazard).hasPassed(HazardProcess.SERVICE_TASK_COUNT_ACCEPTANCE_FAILURE)
        .isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION)
        .variables().containsEntry(Var.ACCEPTANCE_FAILURES, 1);
    assertThat(task()).hasDueDate(deadline.endOf("2026-04-10"));

    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.COMPLETED));
    complete(task(), withVariables(Var.ACCEPTANCE, Code.PASSED));
    assertThat(hazard).isEnded();
  }

  @Test
  void extensionRequestedBeforeTheDeadlineMovesTheTimers() {
    ProcessInstance hazard = generalWithDeadline("2026-03-20");
    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.EXTENSION_REQUESTED,
        Var.REQUESTED_DEADLINE, "2026-04-15", Var.EXTENSION_REASON, "设备到货延迟"));
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_APPROVE_EXTENSION);
    assertThat(task()).hasCandidateGroup("leaders");

    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.APPROVED));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION)
        .variables().containsEntry(Var.RECTIFICATION_DEADLINE, "2026-04-15").containsEntry(Var.EXTENSIONS_GRANTED, 1);
    assertThat(task()).hasDueDate(deadline.endOf("2026-04-15"));
    Assertions.assertThat(timer(HazardProcess.TIMER_RECTIFICATION_DUE).getDuedate()).isEqualTo(deadline.endOf("2026-04-15"));
    Assertions.assertThat(timer(HazardProcess.TIMER_RECTIFICATION_REMINDER).getDuedate())
        .isEqualTo(deadline.workingDaysBefore("2026-04-15", 3));
  }

  @Test
  void extensionRefusedBeforeTheDeadlineKeepsTheOldDate() {
    ProcessInstance hazard = generalWithDeadline("2026-03-20");
    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.EXTENSION_REQUESTED,
        Var.REQUESTED_DEADLINE, "2026-04-15", Var.EXTENSION_REASON, "设备到货延迟"));
    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "理由不充分"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION)
        .hasNotPassed(HazardProcess.SERVICE_TASK_APPLY_EXTENSION)
        .variables().containsEntry(Var.RECTIFICATION_DEADLINE, "2026-03-20");
  }

  @Test
  void theReminderUrgesThreeWorkingDaysBeforeTheDeadline() {
    ProcessInstance hazard = generalWithDeadline("2026-03-20");
    Job reminder = timer(HazardProcess.TIMER_RECTIFICATION_REMINDER);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(at("2026-03-17T00:00"));

    setClock("2026-03-17T00:00");
    execute(reminder);

    assertThat(hazard).hasPassed(HazardProcess.SERVICE_TASK_URGE_RECTIFICATION, HazardProcess.END_EVENT_URGED)
        .isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
  }

  @Test
  void overdueThenWarningInterviewSetsANewDeadline() {
    ProcessInstance hazard = overdue();
    complete(task(), withVariables(Var.OVERDUE_DECISION, Code.WARNING_INTERVIEW,
        Var.INTERVIEW_SUMMARY, "约谈企业主要负责人", Var.RECTIFICATION_DEADLINE, "2026-04-10"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    assertThat(task()).hasDueDate(deadline.endOf("2026-04-10"));
    complete(task(), withVariables(Var.RECTIFICATION_STATUS, Code.COMPLETED));
    Assertions.assertThat(runtimeService().getVariable(hazard.getId(), Var.RECTIFIED_ON_TIME)).isEqualTo(false);
  }

  @Test
  void overdueThenExtensionApprovedByALeader() {
    ProcessInstance hazard = overdue();
    complete(task(), withVariables(Var.OVERDUE_DECISION, Code.EXTENSION,
        Var.REQUESTED_DEADLINE, "2026-04-20", Var.EXTENSION_REASON, "需停产检修"));
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_APPROVE_EXTENSION);
    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.APPROVED));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    assertThat(task()).hasDueDate(deadline.endOf("2026-04-20"));
  }

  @Test
  void overdueThenExtensionRefusedReturnsToTheDecision() {
    ProcessInstance hazard = overdue();
    complete(task(), withVariables(Var.OVERDUE_DECISION, Code.EXTENSION,
        Var.REQUESTED_DEADLINE, "2026-04-20", Var.EXTENSION_REASON, "需停产检修"));
    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "不予延期"));

    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_DECIDE_OVERDUE);
  }

  @Test
  void overdueThenReferredForPenaltyWhileRectificationContinues() {
    ProcessInstance hazard = overdue();
    complete(task(), withVariables(Var.OVERDUE_DECISION, Code.PENALTY_REFERRAL,
        Var.REFERRAL_REASON, "逾期拒不整改", Var.RECTIFICATION_DEADLINE, "2026-04-10"));

    assertThat(hazard).hasPassed(HazardProcess.SERVICE_TASK_REFER_FOR_PENALTY)
        .isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    verify(caseReferrals).refer(any(), eq(ReferralKind.PENALTY), eq("逾期拒不整改"), eq(true), any());
  }

  private ProcessInstance overdue() {
    ProcessInstance hazard = generalWithDeadline("2026-03-20");
    Job due = timer(HazardProcess.TIMER_RECTIFICATION_DUE);
    Assertions.assertThat(due.getDuedate()).isEqualTo(deadline.endOf("2026-03-20"));
    setClock("2026-03-21T00:00");
    execute(due);

    assertThat(hazard).hasPassed(HazardProcess.SERVICE_TASK_MARK_OVERDUE)
        .isWaitingAt(HazardProcess.USER_TASK_DECIDE_OVERDUE)
        .variables().containsEntry(Var.OVERDUE_OCCURRED, true);
    verify(caseFile).markOverdue(any());
    return hazard;
  }

  private ProcessInstance generalWithDeadline(String rectificationDeadline) {
    ProcessInstance hazard = report();
    complete(task(), withVariables(Var.HAZARD_LEVEL, HazardLevel.GENERAL.code(), Var.FIXED_ON_SPOT, false,
        Var.RECTIFICATION_DEADLINE, rectificationDeadline));
    assertThat(hazard).isWaitingAt(HazardProcess.USER_TASK_RECORD_RECTIFICATION);
    return hazard;
  }

  private void completeListingNotice(String rectificationDeadline) {
    complete(task(), withVariables(Var.MEASURES_REQUIRED, "危化品分区存放，设置防爆设施", Var.SUSPENSION,
        Suspension.PARTIAL.code(), Var.RECTIFICATION_DEADLINE, rectificationDeadline));
  }

  private static ProcessInstance report() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, "jingan");
    variables.put(CommonVariables.CASE_NO, CASE_NO);
    variables.put(CommonVariables.ENTERPRISE_NAME, "上海某化工有限公司");
    variables.put(CommonVariables.ENTERPRISE_USCC, "91310000MA1FL8TQ49");
    variables.put(CommonVariables.SECTOR, "HAZARDOUS_CHEMICALS");
    variables.put(Var.SOURCE, "INSPECTION");
    variables.put(Var.LOCATION, "3号仓库");
    variables.put(Var.DESCRIPTION, "危化品混存");
    ProcessInstance hazard = runtimeService().startProcessInstanceByKey(HazardProcess.PROCESS_KEY, CASE_NO, variables);
    assertThat(hazard).isStarted(); // also makes it the instance task() and job() look at
    return hazard;
  }

  private static Job timer(String activityId) {
    return job(activityId);
  }

  private static void setClock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }
}
