package cn.sh.emergency.supervision.penalty.process;

import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import static cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.legalreview.PublicationRequested;
import cn.sh.emergency.supervision.penalty.CriminalOutcome;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.MitigationGround;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PartyResponse;
import cn.sh.emergency.supervision.penalty.PartyStatus;
import cn.sh.emergency.supervision.penalty.PartyView;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.penalty.PenaltyTreatment;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every path of the dual-penalty case on an in-memory engine: the real BPMN and decision tables, the real delegates
 * over a mocked party store and case file, and a stand-in for the called legal review. Two parties (the unit and
 * its principal) run through their decisions and payments in parallel; timers fire by moving the engine clock.
 */
@Deployment(resources = {
    "processes/penalty/dual-penalty.bpmn", "processes/penalty/penalty-discretion.dmn",
    "processes/penalty/hearing-eligibility.dmn", "processes/penalty/penalty-review-requirements.dmn",
    "processes/penalty/crime-screening.dmn", "stubs/legal-review-stub.bpmn"})
class DualPenaltyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private static final String CASE_NO = "PN-JINGAN-2026-000001";
  private static final long UNIT = 1L;
  private static final long PERSON = 2L;
  private static final String UNIT_USCC = "91310000MA1FL8TQ49";
  private static final String PRINCIPAL_ID = "310106198001011231";

  private final StatutoryCalendar calendar = StatutoryCalendar.shipped();
  private final Deadline deadline = new Deadline(calendar);
  private final CaseFile caseFile = mock(CaseFile.class);
  private final CaseReferrals caseReferrals = mock(CaseReferrals.class);
  private final CaseRecords caseRecords = mock(CaseRecords.class);
  private final PenaltyCases cases = mock(PenaltyCases.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private final JavaDelegate urgeCase = mock(JavaDelegate.class);
  private final JavaDelegate markCaseOverdue = mock(JavaDelegate.class);
  private final CrimeTransfers transfers = mock(CrimeTransfers.class);
  private final PrincipalBans principalBans = mock(PrincipalBans.class);
  private final Map<Long, PartyView> parties = new HashMap<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    setClock("2026-03-02T09:00");
    PenaltyTimeLimits limits = new PenaltyTimeLimits();
    Mocks.register("deadline", deadline);
    Mocks.register("penaltyTimeLimits", limits);
    Mocks.register("penaltyCases", cases);
    Mocks.register("linkSourceCaseDelegate", new LinkSourceCaseDelegate(caseReferrals));
    Mocks.register("recordPartiesDelegate", new RecordPartiesDelegate(cases, principalBans, caseRecords));
    Mocks.register("registerPenaltyCaseDelegate", new RegisterPenaltyCaseDelegate(caseFile, caseRecords, deadline,
        limits));
    Mocks.register("issuePenaltyDecisionDelegate", new IssuePenaltyDecisionDelegate(cases, deadline,
        mock(ClosureReferrals.class), principalBans));
    Mocks.register("recordNoPenaltyDelegate", new RecordNoPenaltyDelegate(cases));
    Mocks.register("requestPenaltyPublicationDelegate", new RequestPenaltyPublicationDelegate(cases, events));
    Mocks.register("startPaymentPeriodDelegate", new StartPaymentPeriodDelegate(cases, deadline, limits));
    Mocks.register("markPaymentOverdueDelegate", new MarkPaymentOverdueDelegate(cases));
    Mocks.register("concludePartyDelegate", new ConcludePartyDelegate(cases));
    Mocks.register("recordPaymentDelegate", new RecordPaymentDelegate(cases, deadline,
        mock(CollectionTimers.class)));
    Mocks.register("urgeCaseDelegate", urgeCase);
    Mocks.register("markCaseOverdueDelegate", markCaseOverdue);
    Mocks.register("crimeTransferHold", new CrimeTransferHold());
    Mocks.register("openCrimeTransferDelegate", new OpenCrimeTransferDelegate(transfers, caseRecords));
    fakePartyStore();
    fakeTransfers();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void bothPartiesPaidOnTimeAndTheCaseIsClosed() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    // 一案双罚 with each its own article: the unit under art. 99 (first violation: up to 50,000), the safety manager
    // under art. 96 (10,000–30,000 without an accident).
    Assertions.assertThat(localOf(UNIT, Var.FINE_MAX_YUAN)).isEqualTo(50_000L);
    propose(UNIT, 20_000);
    propose(PERSON, 15_000);
    // The unit's fine is below the hearing threshold, the principal's is not: both are told, one may ask.
    Assertions.assertThat(localOf(UNIT, Var.HEARING_RIGHT)).isEqualTo(false);
    Assertions.assertThat(localOf(PERSON, Var.HEARING_RIGHT)).isEqualTo(true);
    for (long party : List.of(UNIT, PERSON)) {
      serveNoticeAndHearNoResponse(party);
    }
    // No legal review or discussion is required for these amounts: straight to the leaders' decision.
    decide(UNIT);
    decide(PERSON);
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_SERVE_DECISION);
    verify(events, org.mockito.Mockito.times(2)).publishEvent(any(PublicationRequested.class));

    serve(UNIT, "2026-03-03");
    serve(PERSON, "2026-03-03");
    payInFull(pn, UNIT);
    payInFull(pn, PERSON);

    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE);
    verify(cases).conclude(eq(UNIT), eq(PartyStatus.PAID), any());
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE),
        withVariables(Var.CLOSURE_APPROVAL, Code.RETURNED, CommonVariables.OPINION, "缺少缴款凭证"));
    complete(single(DualPenaltyProcess.USER_TASK_SUPPLEMENT_CASE_FILE),
        withVariables(CommonVariables.OPINION, "已补充缴款凭证"));
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE), withVariables(Var.CLOSURE_APPROVAL, Code.APPROVED));
    assertThat(pn).isEnded().hasPassed(DualPenaltyProcess.END_EVENT_CASE_CLOSED);
  }

  @Test
  void registrationRejectedEndsTheCase() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        withVariables(Var.REGISTRATION_APPROVAL, Code.REJECTED, CommonVariables.OPINION, "不符合立案条件"));
    assertThat(pn).isEnded().hasPassed(DualPenaltyProcess.END_EVENT_NOT_REGISTERED);
  }

  /**
   * 安全生产法 art. 99 has two tiers: a first violation is ordered corrected and only the unit is fined (up to 50,000);
   * a person's fine under it needs the unit to have failed to correct in time, and then the unit's range rises.
   */
  @Test
  void aFirstViolationOfAPairedArticleFinesTheUnitAloneAndTheSecondTierBoth() {
    Map<String, Object> firstTime = new HashMap<>();
    firstTime.put(Var.OVERDUE_UNCORRECTED, false);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("SPL-99", null,
        List.of(unit(), principal(200_000L)), firstTime)).hasMessageContaining("逾期未改正");
    ProcessInstance first = start("SPL-99", null, List.of(unit()), firstTime);
    registerAndInvestigate(first);
    Assertions.assertThat(localOf(UNIT, Var.FINE_MIN_YUAN)).isEqualTo(0L);
    Assertions.assertThat(localOf(UNIT, Var.FINE_MAX_YUAN)).isEqualTo(50_000L);
    runtimeService().deleteProcessInstance(first.getId(), "test");
    parties.clear();

    Map<String, Object> overdue = new HashMap<>();
    overdue.put(Var.OVERDUE_UNCORRECTED, true);
    ProcessInstance second = start("SPL-99", null, List.of(unit(), principal(200_000L)), overdue);
    registerAndInvestigate(second);
    Assertions.assertThat(localOf(UNIT, Var.FINE_MIN_YUAN)).isEqualTo(50_000L);
    Assertions.assertThat(localOf(UNIT, Var.FINE_MAX_YUAN)).isEqualTo(200_000L);
    Assertions.assertThat(localOf(PERSON, Var.LEGAL_BASIS_ARTICLE)).isEqualTo("SPL-99");
    Assertions.assertThat(localOf(PERSON, Var.FINE_MIN_YUAN)).isEqualTo(10_000L);
    Assertions.assertThat(localOf(PERSON, Var.FINE_MAX_YUAN)).isEqualTo(20_000L);
  }

  @Test
  void anExemptedCaseWithoutPersonsPenalisesTheUnitAlone() {
    Map<String, Object> extra = new HashMap<>();
    extra.put(Var.EXEMPTION_REASON, "主要负责人已在事故中死亡");
    ProcessInstance pn = start("SPL-99", null, List.of(unit()), extra);
    registerAndInvestigate(pn);
    verify(caseRecords).append(eq(CASE_NO), org.mockito.ArgumentMatchers.argThat(
        entry -> RegisterPenaltyCaseDelegate.EXEMPTION_APPROVED.equals(entry.outcome())
            && "主要负责人已在事故中死亡".equals(entry.opinion())));
    Assertions.assertThat(taskQuery().taskDefinitionKey(DualPenaltyProcess.USER_TASK_PROPOSE_FINE).count()).isOne();
  }

  @Test
  void aFineOutsideTheRangeNeedsTheLeadersApproval() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_PROPOSE_FINE), withVariables(Var.PROPOSED_FINE_YUAN, 60_000L,
        Var.DRAFT_DECISION, "罚款六万元", Var.DEVIATION_REASON, "多次违法"));
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION),
        withVariables(Var.DEVIATION_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "超出法定上限"));
    propose(UNIT, 50_000);
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_SERVE_NOTICE)).isNotNull();
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_PROPOSE_FINE), withVariables(Var.PROPOSED_FINE_YUAN,
        35_000L, Var.DRAFT_DECISION, "罚款三万五千元", Var.DEVIATION_REASON, "情节严重"));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION),
        withVariables(Var.DEVIATION_APPROVAL, Code.APPROVED));
    Assertions.assertThat(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_NOTICE)).isNotNull();
  }

  @Test
  void aRequestedHearingIsHeldAndMayAdjustTheProposal() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    propose(UNIT, 20_000);
    propose(PERSON, 15_000);
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_NOTICE),
        withVariables(Var.NOTICE_SERVED_ON, "2026-03-02"));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE),
        withVariables(Var.PARTY_RESPONSE, PartyResponse.HEARING_REQUESTED.code()));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING), withVariables(Var.HEARING_HOST,
        "jingan-reviewer", Var.HEARING_DATE, "2026-03-12", Var.HEARING_LOCATION, "区应急局听证室"));
    Task hearing = partyTask(PERSON, DualPenaltyProcess.USER_TASK_HOLD_HEARING);
    assertThat(hearing).isAssignedTo("jingan-reviewer").hasDueDate(deadline.endOf("2026-03-12"));
    Assertions.assertThat(taskQuery().taskCandidateGroup("legal-reviewers").includeAssignedTasks()
        .taskDefinitionKey(DualPenaltyProcess.USER_TASK_HOLD_HEARING).count()).isOne();
    complete(hearing, withVariables(Var.HEARING_MINUTES, "当事人称收入已下降", Var.HEARING_CONCLUSION, Code.ADJUST));
    // Adjusted: proposed again, told again; this time the hearing upholds it and, having been heard, it is reviewed.
    propose(PERSON, 12_000);
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_NOTICE),
        withVariables(Var.NOTICE_SERVED_ON, "2026-03-13"));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE),
        withVariables(Var.PARTY_RESPONSE, PartyResponse.HEARING_REQUESTED.code()));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SCHEDULE_HEARING), withVariables(Var.HEARING_HOST,
        "jingan-reviewer", Var.HEARING_DATE, "2026-03-23", Var.HEARING_LOCATION, "区应急局听证室"));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_HOLD_HEARING),
        withVariables(Var.HEARING_MINUTES, "维持", Var.HEARING_CONCLUSION, Code.UPHOLD));
    Assertions.assertThat(localOf(PERSON, Var.LEGAL_REVIEW_REQUIRED)).isEqualTo(true);
    Assertions.assertThat(taskQuery().taskDefinitionKey("UserTask_ReviewDecision").count()).isOne();
  }

  @Test
  void anAccidentCaseIsReviewedAndDiscussedBeforeTheDecision() {
    ProcessInstance pn = propose("SPL-114", "GENERAL", principal(500_000L));
    registerAndInvestigate(pn);
    // 一案双罚: the unit under art. 114 (GENERAL: 300,000–1,000,000), its principal under art. 95 (40 % of 500,000).
    Assertions.assertThat(localOf(UNIT, Var.LEGAL_BASIS_ARTICLE)).isEqualTo("SPL-114");
    Assertions.assertThat(localOf(PERSON, Var.LEGAL_BASIS_ARTICLE)).isEqualTo("SPL-95");
    Assertions.assertThat(localOf(PERSON, Var.LEGAL_BASIS)).isEqualTo("《中华人民共和国安全生产法》第九十五条");
    Assertions.assertThat(localOf(PERSON, Var.FINE_MIN_YUAN)).isEqualTo(200_000L);
    Assertions.assertThat(localOf(PERSON, Var.FINE_MAX_YUAN)).isEqualTo(200_000L);
    propose(UNIT, 1_000_000);
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_SERVE_NOTICE), withVariables(Var.NOTICE_SERVED_ON, "2026-03-02"));
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE),
        withVariables(Var.PARTY_RESPONSE, PartyResponse.STATEMENT.code(), Var.STATEMENT_SUMMARY, "已整改"));
    Task review = taskQuery().taskDefinitionKey("UserTask_ReviewDecision").singleResult();
    complete(review, withVariables(Var.LEGAL_REVIEW_OUTCOME, "APPROVED", Var.LEGAL_REVIEW_OPINION, "同意",
        Var.LEGAL_REVIEWER, "jingan-reviewer"));
    Task discussion = partyTask(UNIT, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION);
    Assertions.assertThat(discussion).isNotNull();
    complete(discussion, withVariables(Var.DISCUSSION_PARTICIPANTS, "a,b,c", Var.DISCUSSION_MINUTES, "一致同意",
        Var.DISCUSSION_CONCLUSION, Code.PENALISE));
    Assertions.assertThat(localOf(UNIT, Var.LEGAL_REVIEW_OUTCOME)).isEqualTo("APPROVED");
    decide(UNIT);
    verify(cases).decide(eq(UNIT), eq(1_000_000L), eq(300_000L), eq(1_000_000L), any(), any(), any());
  }

  /**
   * A review that is not passed is no decision not to penalise (行政处罚法 art. 58): the proposal is made again. Not to
   * penalise is a proposal of its own, with its circumstance (art. 33): no penalty notice, the review, the leaders'
   * decision, then the record. The collective discussion may also decide not to penalise.
   */
  @Test
  void aRejectedReviewSendsTheProposalBackAndNoPenaltyIsProposedWithItsCircumstance() {
    ProcessInstance pn = propose("SPL-114", "GENERAL", principal(500_000L));
    registerAndInvestigate(pn);
    propose(UNIT, 500_000);
    serveNoticeAndHearNoResponse(UNIT);
    complete(taskQuery().taskDefinitionKey("UserTask_ReviewDecision").singleResult(),
        withVariables(Var.LEGAL_REVIEW_OUTCOME, "REJECTED", Var.LEGAL_REVIEW_OPINION, "证据不足"));
    verify(cases, never()).notPenalised(eq(UNIT), any());
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_PROPOSE_FINE), withVariables(
        Var.TREATMENT, PenaltyTreatment.NOT_PENALISED.code(), Var.MITIGATION_GROUND, MitigationGround.FIRST_VIOLATION.code(),
        Var.MITIGATION_FACTS, "初次违法，当场改正，未造成后果", Var.PROPOSED_FINE_YUAN, 0L, Var.DRAFT_DECISION, "不予行政处罚"));
    Assertions.assertThat(taskQuery().taskDefinitionKey(DualPenaltyProcess.USER_TASK_SERVE_NOTICE).count()).isZero();
    complete(taskQuery().taskDefinitionKey("UserTask_ReviewDecision").singleResult(),
        withVariables(Var.LEGAL_REVIEW_OUTCOME, "APPROVED"));
    decide(UNIT);
    verify(cases).notPenalised(eq(UNIT), any());
    verify(cases, never()).decide(eq(UNIT), anyLong(), any(), any(), any(), any(), any());

    // The principal's own article, 95, fixes his fine (40 % of 500,000): inside the range, no deviation to approve.
    propose(PERSON, 200_000);
    Assertions.assertThat(taskQuery().taskDefinitionKey(DualPenaltyProcess.USER_TASK_APPROVE_DEVIATION).count()).isZero();
    serveNoticeAndHearNoResponse(PERSON);
    complete(taskQuery().taskDefinitionKey("UserTask_ReviewDecision").singleResult(),
        withVariables(Var.LEGAL_REVIEW_OUTCOME, "APPROVED"));
    complete(partyTask(PERSON, DualPenaltyProcess.USER_TASK_COLLECTIVE_DISCUSSION), withVariables(
        Var.DISCUSSION_PARTICIPANTS, "a,b,c", Var.DISCUSSION_MINUTES, "不予处罚", Var.DISCUSSION_CONCLUSION,
        Code.NOT_PENALISE));
    verify(cases).notPenalised(eq(PERSON), any());
    // Nobody to serve or collect from: straight to closure.
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE);
  }

  @Test
  void aDecisionReturnedByTheLeadersIsProposedAgain() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    propose(UNIT, 20_000);
    serveNoticeAndHearNoResponse(UNIT);
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY),
        withVariables(Var.DECISION_APPROVAL, Code.RETURNED, CommonVariables.OPINION, "事实表述不清"));
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_PROPOSE_FINE)).isNotNull();
  }

  @Test
  void theStatementPeriodEndsByItselfAfterFiveWorkingDays() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    propose(UNIT, 20_000);
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_SERVE_NOTICE), withVariables(Var.NOTICE_SERVED_ON, "2026-03-02"));
    var timer = job(DualPenaltyProcess.TIMER_STATEMENT_PERIOD_ENDS);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(deadline.workingDays("2026-03-02", 5));
    execute(timer);
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY)).isNotNull();
  }

  @Test
  void theDecisionPeriodIsUrgedBeforeAndMarkedOverdueAfterNinetyDays() throws Exception {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        withVariables(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    Date due = deadline.days(ClockUtil.getCurrentTime(), 90);
    verify(caseFile).setDeadline(CASE_NO, due.toInstant());
    var reminder = job(DualPenaltyProcess.TIMER_DECISION_REMINDER);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(deadline.workingDaysBefore(due, 10));
    execute(reminder);
    verify(urgeCase).execute(any());
    execute(job(DualPenaltyProcess.TIMER_DECISION_DUE));
    verify(markCaseOverdue).execute(any());
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_INVESTIGATE);
  }

  /**
   * 行政处罚法 art. 61: a decision is served within 7 working days of being made — each party's own. The unit decided
   * on 03-02 is served by 03-11 while its principal is still heard; the principal decided on 04-15 is served by
   * 04-24. Once both are decided, the decision period's reminder and deadline have nothing left to urge.
   */
  @Test
  void eachPartysServiceRunsFromItsOwnDecision() throws Exception {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    registerAndInvestigate(pn);
    propose(UNIT, 20_000);
    serveNoticeAndHearNoResponse(UNIT);
    decide(UNIT);
    Task unitService = partyTask(UNIT, DualPenaltyProcess.USER_TASK_SERVE_DECISION);
    Assertions.assertThat(unitService).isNotNull();
    assertThat(unitService).hasDueDate(deadline.endOf("2026-03-11"));
    Assertions.assertThat(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_DECISION)).isNull();
    serve(UNIT, "2026-03-03");

    setClock("2026-04-15T09:00");
    propose(PERSON, 15_000);
    serveNoticeAndHearNoResponse(PERSON);
    decide(PERSON);
    assertThat(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_DECISION)).hasDueDate(deadline.endOf("2026-04-24"));

    execute(job(DualPenaltyProcess.TIMER_DECISION_REMINDER));
    execute(job(DualPenaltyProcess.TIMER_DECISION_DUE));
    verify(urgeCase, org.mockito.Mockito.never()).execute(any());
    verify(markCaseOverdue, org.mockito.Mockito.never()).execute(any());
    assertThat(pn).hasPassed("EndEvent_ReminderAllDecided", "EndEvent_DeadlineAllDecided");
  }

  @Test
  void unpaidAfterDemandGoesToTheCourtInsideItsWindow() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    decideBoth(pn);
    serve(UNIT, "2026-03-03");
    serve(PERSON, "2026-03-03");
    payInFull(pn, PERSON);

    var paymentDue = timerOf(UNIT, DualPenaltyProcess.TIMER_PAYMENT_DUE);
    Assertions.assertThat(paymentDue.getDuedate()).isEqualTo(deadline.endOf(calendar.plusDays(
        LocalDate.parse("2026-03-03"), 15)));
    execute(paymentDue);
    verify(cases).paymentOverdue(UNIT);
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_ISSUE_DEMAND),
        withVariables(Var.DEMAND_SERVED_ON, "2026-03-20"));
    var demandEnds = timerOf(UNIT, DualPenaltyProcess.TIMER_DEMAND_PERIOD_ENDS);
    Assertions.assertThat(demandEnds.getDuedate()).isEqualTo(deadline.workingDays("2026-03-20", 10));
    execute(demandEnds);
    var windowOpens = timerOf(UNIT, DualPenaltyProcess.TIMER_ENFORCEMENT_WINDOW_OPENS);
    Assertions.assertThat(windowOpens.getDuedate()).isEqualTo(deadline.months("2026-03-03", 6));
    execute(windowOpens);
    Task court = partyTask(UNIT, DualPenaltyProcess.USER_TASK_APPLY_COURT_ENFORCEMENT);
    Assertions.assertThat(court.getDueDate()).isEqualTo(deadline.months(deadline.months("2026-03-03", 6), 3));
    complete(court, withVariables(Var.COURT_NAME, "上海市静安区人民法院", Var.COURT_APPLIED_ON, "2026-09-10"));
    verify(cases).conclude(eq(UNIT), eq(PartyStatus.COURT_ENFORCEMENT), any());
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE);
  }

  /**
   * 登记缴款 in Tasklist: a part payment leaves the task open for the rest; the payment that settles the fine ends
   * the party's collection (its payment timer with it) and concludes it as paid.
   */
  @Test
  void paymentsRecordedInTasklistConcludeThePartyOnceSettled() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    decideBoth(pn);
    serve(UNIT, "2026-03-03");
    serve(PERSON, "2026-03-03");
    String unitDecision = parties.get(UNIT).decisionNo();
    when(cases.pay(eq(unitDecision), eq(5_000L), eq(LocalDate.parse("2026-03-05")), eq("NO-1"), any(), any()))
        .thenReturn(due(unitDecision, 15_000L));
    when(cases.pay(eq(unitDecision), eq(15_000L), eq(LocalDate.parse("2026-03-06")), eq(null), any(), any()))
        .thenReturn(due(unitDecision, 0L));
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT), withVariables(Var.PAYMENT_AMOUNT_YUAN,
        5_000L, Var.PAYMENT_PAID_ON, "2026-03-05", Var.PAYMENT_RECEIPT_NO, "NO-1"));
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT)).isNotNull();
    verify(cases, org.mockito.Mockito.never()).conclude(eq(UNIT), any(), any());
    complete(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT), withVariables(Var.PAYMENT_AMOUNT_YUAN,
        15_000L, Var.PAYMENT_PAID_ON, "2026-03-06", Var.PAYMENT_RECEIPT_NO, ""));
    verify(cases).conclude(eq(UNIT), eq(PartyStatus.PAID), any());
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT)).isNull();
    Assertions.assertThat(engine.getProcessEngine().getManagementService().createJobQuery()
        .processInstanceId(pn.getId()).activityId(DualPenaltyProcess.TIMER_PAYMENT_DUE).count())
        .isEqualTo(1);  // the principal's payment period only
    payInFull(pn, PERSON);
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE);
  }

  private static cn.sh.emergency.supervision.penalty.PenaltyDue due(String decisionNo, long stillDue) {
    return new cn.sh.emergency.supervision.penalty.PenaltyDue(decisionNo, CASE_NO, "上海某化工有限公司",
        cn.sh.emergency.supervision.penalty.PartyKind.UNIT, 20_000L, LocalDate.parse("2026-03-03"), null, null, 0L,
        0L, 20_000L - stillDue, stillDue, stillDue, PartyStatus.SERVED, List.of());
  }

  @Test
  void aPaymentLateButInFullEndsCollectionDuringTheDemand() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    decideBoth(pn);
    serve(UNIT, "2026-03-03");
    serve(PERSON, "2026-03-03");
    payInFull(pn, PERSON);
    execute(timerOf(UNIT, DualPenaltyProcess.TIMER_PAYMENT_DUE));
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_ISSUE_DEMAND)).isNotNull();
    payInFull(pn, UNIT);
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_APPROVE_CLOSURE);
  }

  @Test
  void aReferralIsTakenUpWhenTheCaseStarts() {
    ReferralView referral = new ReferralView(7L, "HZ-JINGAN-2026-000003", ReferralKind.PENALTY.name(), "逾期未整改",
        "jingan-handler", null, CASE_NO, true);
    when(caseReferrals.accept(eq(7L), eq(ReferralKind.PENALTY), eq(CASE_NO), any())).thenReturn(referral);
    Map<String, Object> extra = new HashMap<>();
    extra.put(Var.REFERRAL_ID, 7L);
    // A hazard is referred after its rectification ran out: the intake puts the case in the second tier.
    extra.put(Var.OVERDUE_UNCORRECTED, true);
    ProcessInstance pn = start("SPL-102", null, List.of(unit(), principal(300_000L)), extra);
    assertThat(pn).variables().containsEntry(Var.SOURCE_CASE_NO, "HZ-JINGAN-2026-000003");
  }

  /**
   * 行政处罚法 art. 27: a loss of 1,000,000 yuan found at registration opens the transfer, once, though the
   * investigation screens again; the unit (not suspected) is decided, the person waits and, after a sentence, is
   * proposed again (art. 35).
   */
  @Test
  void aSuspectedCrimeHoldsThePersonsDecisionUntilTheTransferEnds() {
    Map<String, Object> loss = new HashMap<>();
    loss.put(Var.DIRECT_LOSS_YUAN, 1_200_000L);
    ProcessInstance pn = start("SPL-99", null, List.of(unit(), manager(200_000L)), loss);
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        withVariables(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    assertThat(pn).hasPassed(DualPenaltyProcess.SERVICE_TASK_OPEN_TRANSFER_AT_REGISTRATION);
    complete(single(DualPenaltyProcess.USER_TASK_INVESTIGATE), withVariables(Var.INVESTIGATION_REPORT, "调查终结"));
    verify(transfers, times(1)).openFromCase(any(), eq(CASE_NO), eq("jingan"), any(),
        contains("重大责任事故罪"), contains("一百万元"), eq(false));
    assertThat(pn).hasNotPassed(DualPenaltyProcess.SERVICE_TASK_OPEN_TRANSFER_AFTER_INVESTIGATION);

    propose(UNIT, 20_000);
    propose(PERSON, 15_000);
    serveNoticeAndHearNoResponse(UNIT);
    serveNoticeAndHearNoResponse(PERSON);
    decide(UNIT);
    Assertions.assertThat(partyTask(PERSON, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY)).isNull();
    assertThat(pn).isWaitingAt(DualPenaltyProcess.CATCH_EVENT_CRIME_TRANSFER_CONCLUDED);

    endTransfer(pn, CriminalOutcome.SENTENCED);
    propose(PERSON, 15_000);
    serveNoticeAndHearNoResponse(PERSON);
    decide(PERSON);
    Assertions.assertThat(parties.get(PERSON).decisionNo()).isNotNull();
  }

  /** The investigation finds a death the proposal did not know: the transfer opens then; dropped, the case goes on. */
  @Test
  void theInvestigatedFactsOpenTheTransferAndADroppedCaseIsDecided() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        withVariables(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    assertThat(pn).hasNotPassed(DualPenaltyProcess.SERVICE_TASK_OPEN_TRANSFER_AT_REGISTRATION);
    complete(single(DualPenaltyProcess.USER_TASK_INVESTIGATE),
        withVariables(Var.INVESTIGATION_REPORT, "调查终结", Var.DEATHS, 1));
    verify(transfers, times(1)).openFromCase(any(), eq(CASE_NO), eq("jingan"), any(),
        contains("重大责任事故罪"), contains("死亡"), eq(false));
    assertThat(pn).hasPassed(DualPenaltyProcess.SERVICE_TASK_OPEN_TRANSFER_AFTER_INVESTIGATION);

    propose(UNIT, 20_000);
    propose(PERSON, 15_000);
    serveNoticeAndHearNoResponse(UNIT);
    serveNoticeAndHearNoResponse(PERSON);
    assertThat(pn).isWaitingAt(DualPenaltyProcess.CATCH_EVENT_CRIME_TRANSFER_CONCLUDED);
    endTransfer(pn, CriminalOutcome.DROPPED);
    decide(PERSON);
    decide(UNIT);
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_SERVE_DECISION);
  }

  /** 行政复议 revoked the unit's decision after service: its collection ends and the party concludes 已撤销. */
  @Test
  void aRevokedDecisionEndsThePartysEnforcement() {
    ProcessInstance pn = propose("SPL-99", null, manager(200_000L));
    decideBoth(pn);
    serve(UNIT, "2026-03-03");
    runtimeService().createMessageCorrelation(cn.sh.emergency.supervision.penalty.RemedyProcess.MESSAGE_DECISION_REVOKED)
        .processInstanceBusinessKey(CASE_NO)
        .localVariableEquals(Var.DECISION_NO, parties.get(UNIT).decisionNo()).correlate();
    assertThat(pn).hasPassed(DualPenaltyProcess.SERVICE_TASK_CONCLUDE_REVOKED, "EndEvent_PartyRevoked");
    verify(cases).conclude(eq(UNIT), eq(PartyStatus.REVOKED), any());
    Assertions.assertThat(partyTask(UNIT, DualPenaltyProcess.USER_TASK_RECORD_PAYMENT)).isNull();
    Assertions.assertThat(partyTask(PERSON, DualPenaltyProcess.USER_TASK_SERVE_DECISION)).isNotNull();
  }

  // --- steps -------------------------------------------------------------------------------------------------

  /** What the end of the transfer does ({@code ResumePenaltyCaseDelegate}): the outcome, then the waiting go on. */
  private static void endTransfer(ProcessInstance pn, CriminalOutcome outcome) {
    runtimeService().setVariable(pn.getId(), Var.CRIME_TRANSFER_STATUS, Code.TRANSFER_CONCLUDED);
    runtimeService().setVariable(pn.getId(), Var.CRIMINAL_OUTCOME, outcome.code());
    runtimeService().createMessageCorrelation(DualPenaltyProcess.MESSAGE_CRIME_TRANSFER_CONCLUDED)
        .processInstanceId(pn.getId()).correlateAll();
  }

  private void decideBoth(ProcessInstance pn) {
    registerAndInvestigate(pn);
    propose(UNIT, 20_000);
    propose(PERSON, 15_000);
    serveNoticeAndHearNoResponse(UNIT);
    serveNoticeAndHearNoResponse(PERSON);
    decide(UNIT);
    decide(PERSON);
  }

  private void registerAndInvestigate(ProcessInstance pn) {
    complete(single(DualPenaltyProcess.USER_TASK_APPROVE_REGISTRATION),
        withVariables(Var.REGISTRATION_APPROVAL, Code.APPROVED));
    complete(single(DualPenaltyProcess.USER_TASK_INVESTIGATE), withVariables(Var.INVESTIGATION_REPORT, "调查终结"));
    assertThat(pn).isWaitingAt(DualPenaltyProcess.USER_TASK_PROPOSE_FINE);
  }

  private void propose(long party, long fine) {
    complete(partyTask(party, DualPenaltyProcess.USER_TASK_PROPOSE_FINE),
        withVariables(Var.PROPOSED_FINE_YUAN, fine, Var.DRAFT_DECISION, "罚款" + fine + "元"));
  }

  private void serveNoticeAndHearNoResponse(long party) {
    complete(partyTask(party, DualPenaltyProcess.USER_TASK_SERVE_NOTICE),
        withVariables(Var.NOTICE_SERVED_ON, "2026-03-02"));
    complete(partyTask(party, DualPenaltyProcess.USER_TASK_RECORD_PARTY_RESPONSE),
        withVariables(Var.PARTY_RESPONSE, PartyResponse.NONE.code()));
  }

  private void decide(long party) {
    complete(partyTask(party, DualPenaltyProcess.USER_TASK_DECIDE_PENALTY),
        withVariables(Var.DECISION_APPROVAL, Code.APPROVED));
  }

  private void serve(long party, String on) {
    complete(partyTask(party, DualPenaltyProcess.USER_TASK_SERVE_DECISION),
        withVariables(Var.SERVED_ON, on, Var.SERVICE_METHOD, "DIRECT"));
  }

  /** What the payment API does once a party has paid everything due. */
  private void payInFull(ProcessInstance pn, long party) {
    runtimeService().createMessageCorrelation(DualPenaltyProcess.MESSAGE_PAYMENT_SETTLED)
        .processInstanceBusinessKey(CASE_NO)
        .localVariableEquals(Var.COLLECTING_DECISION_NO, parties.get(party).decisionNo())
        .correlate();
  }

  // --- fixtures ----------------------------------------------------------------------------------------------

  private ProcessInstance propose(String article, String grade, Map<String, Object> principal) {
    return start(article, grade, List.of(unit(), principal), new HashMap<>());
  }

  private ProcessInstance start(String article, String grade, List<Map<String, Object>> partyList,
                                Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(CommonVariables.DISTRICT, "jingan");
    variables.put(CommonVariables.CASE_NO, CASE_NO);
    variables.put(CommonVariables.ENTERPRISE_NAME, "上海某化工有限公司");
    variables.put(CommonVariables.ENTERPRISE_USCC, UNIT_USCC);
    variables.put(CommonVariables.SECTOR, "HAZARDOUS_CHEMICALS");
    variables.put(Var.VIOLATION_FACTS, "未按规定对安全设备进行经常性维护");
    variables.put(Var.LEGAL_BASIS_ARTICLE, article);
    variables.put(Var.LEGAL_BASIS, "《中华人民共和国安全生产法》");
    variables.put(Var.ACCIDENT_GRADE, grade);
    variables.put(Var.AGGRAVATED, false);
    variables.put(Var.DECISION_TYPE, "FINE");
    variables.put(Var.HANDLER, "jingan-handler");
    variables.put(Var.INVESTIGATORS, "jingan-handler,jingan-handler2");
    variables.put(Var.PARTIES, json(partyList));
    ProcessInstance pn = runtimeService().startProcessInstanceByKey(DualPenaltyProcess.PROCESS_KEY, CASE_NO,
        variables);
    assertThat(pn).isStarted();
    return pn;
  }

  private static Map<String, Object> unit() {
    return Map.of("kind", "UNIT", "name", "上海某化工有限公司", "uscc", UNIT_USCC);
  }

  /** The safety manager, under his own art. 96 (10,000–30,000 without an accident) beside the unit's article. */
  private static Map<String, Object> manager(long income) {
    return Map.of("kind", "MANAGER", "name", "张三丰", "idNumber", PRINCIPAL_ID, "lastYearIncomeYuan", income,
        "legalBasisArticle", "SPL-96");
  }

  private static Map<String, Object> principal(long income) {
    return Map.of("kind", "PRINCIPAL", "name", "张三丰", "idNumber", PRINCIPAL_ID, "lastYearIncomeYuan", income);
  }

  private static String json(List<Map<String, Object>> list) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(list);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opening a transfer holds the decisions as the real one does; the transfer process itself is tested apart. */
  private void fakeTransfers() {
    org.mockito.Mockito.doAnswer(i -> {
      org.camunda.bpm.engine.delegate.VariableScope penaltyCase = i.getArgument(0);
      penaltyCase.setVariable(Var.CRIME_TRANSFER_STATUS, Code.TRANSFER_PENDING);
      penaltyCase.setVariable(Var.CRIME_TRANSFER_HOLDS_UNIT, i.<Boolean>getArgument(6));
      return null;
    }).when(transfers).openFromCase(any(), any(), any(), any(), any(), any(), anyBoolean());
  }

  /** A store of the parties the case registers (the unit, the principal) answering as the real one does. */
  private void fakePartyStore() {
    org.mockito.Mockito.doAnswer(i -> {
      long id = 1;
      for (Party party : i.<List<Party>>getArgument(1)) {
        parties.put(id, view(id, party, null, null, null));
        id++;
      }
      return null;
    }).when(cases).register(eq(CASE_NO), any());
    when(cases.partyIds(CASE_NO)).thenAnswer(i -> new ArrayList<>(parties.keySet()));
    when(cases.allDecided(CASE_NO)).thenAnswer(i -> parties.values().stream()
        .noneMatch(p -> p.status() == PartyStatus.REGISTERED));
    when(cases.party(anyLong())).thenAnswer(i -> parties.get(i.<Long>getArgument(0)));
    when(cases.decide(anyLong(), anyLong(), any(), any(), any(), any(), any())).thenAnswer(i -> {
      long id = i.getArgument(0);
      String no = "沪静应急罚〔2026〕" + id + "号";
      PartyView p = parties.get(id);
      parties.put(id, view(id, p, i.getArgument(1), no, i.getArgument(5)));
      return no;
    });
    org.mockito.Mockito.doAnswer(i -> {
      long id = i.getArgument(0);
      PartyView p = parties.get(id);
      parties.put(id, new PartyView(id, CASE_NO, p.partyNo(), p.kind(), p.name(), p.uscc(), p.idNumber(),
          p.lastYearIncomeYuan(), p.legalBasisArticle(), p.legalBasis(), null, null, null, null, null, null, null,
          PartyStatus.NOT_PENALISED, null));
      return null;
    }).when(cases).notPenalised(anyLong(), any());
    when(cases.paymentDays()).thenReturn(15);
    when(cases.partyOfCase(any(), any())).thenAnswer(i -> i.getArgument(0));
  }

  private static PartyView view(long id, Party p, Long fine, String decisionNo, LocalDate decidedOn) {
    return new PartyView(id, CASE_NO, (int) id, p.kind(), p.name(), p.uscc(), p.idNumber(), p.lastYearIncomeYuan(),
        p.legalBasisArticle(), p.legalBasis(), null, null, fine, decisionNo, decidedOn, null, null,
        decisionNo == null ? PartyStatus.REGISTERED : PartyStatus.DECIDED, null);
  }

  private static PartyView view(long id, PartyView p, Long fine, String decisionNo, LocalDate decidedOn) {
    return view(id, new Party(p.kind(), p.name(), p.uscc(), p.idNumber(), p.lastYearIncomeYuan(),
        p.legalBasisArticle(), p.legalBasis()), fine, decisionNo, decidedOn);
  }

  // --- queries -----------------------------------------------------------------------------------------------

  private static Task single(String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  /** The task of one party's instance (its local {@code partyId}). */
  private static Task partyTask(long party, String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).list().stream()
        .filter(t -> Long.valueOf(party).equals(runtimeService().getVariable(t.getExecutionId(), Var.PARTY_ID)))
        .findFirst().orElse(null);
  }

  private static org.camunda.bpm.engine.runtime.Job timerOf(long party, String activityId) {
    return BpmnAwareTests.managementService().createJobQuery().activityId(activityId).list().stream()
        .filter(j -> Long.valueOf(party).equals(runtimeService().getVariable(j.getExecutionId(), Var.PARTY_ID)))
        .findFirst().orElseThrow();
  }

  /** A variable as the party's own steps see it (local to its instance of the party sub-process). */
  private static Object localOf(long party, String variable) {
    return runtimeService().createExecutionQuery().processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).list()
        .stream().filter(e -> Long.valueOf(party).equals(runtimeService().getVariable(e.getId(), Var.PARTY_ID)))
        .map(e -> runtimeService().getVariableLocal(e.getId(), variable)).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  private static void setClock(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant()));
  }
}
