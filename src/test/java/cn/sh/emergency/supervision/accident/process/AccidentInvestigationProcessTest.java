package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.accident.AccidentProcess.Code;
import static cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentReporting;
import cn.sh.emergency.supervision.accident.AccidentReportingTerms;
import cn.sh.emergency.supervision.accident.AccidentTimeLimits;
import cn.sh.emergency.supervision.accident.EscalationProposals;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.DocumentNumbers;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.legalreview.PublicationRequested;
import cn.sh.emergency.supervision.penalty.PenaltyProposal;
import cn.sh.emergency.supervision.penalty.process.PenaltyIntake;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every path of the accident investigation on an in-memory engine: the real BPMN and grading tables, the real
 * delegates over a mocked case file, escalation proposals and penalty intake. Timers fire by moving the clock.
 */
@Deployment(resources = {
    "processes/accident/accident-investigation.bpmn", "processes/accident/accident-grade.dmn",
    "processes/accident/accident-investigating-level.dmn"})
class AccidentInvestigationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private static final String CASE_NO = "AC-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final CaseFile caseFile = mock(CaseFile.class);
  private final CaseReferrals caseReferrals = mock(CaseReferrals.class);
  private final CaseRecords caseRecords = mock(CaseRecords.class);
  private final EscalationProposals proposals = mock(EscalationProposals.class);
  private final PenaltyIntake penalties = mock(PenaltyIntake.class);
  private final DocumentNumbers numbers = mock(DocumentNumbers.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private final JavaDelegate urgeCase = mock(JavaDelegate.class);
  private final JavaDelegate markCaseOverdue = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    setClock("2026-03-02T12:00");
    AccidentTimeLimits limits = new AccidentTimeLimits();
    AccidentReporting reporting = new AccidentReporting(new AccidentReportingTerms(Duration.ofHours(1), 30, 7),
        deadline);
    Mocks.register("deadline", deadline);
    Mocks.register("accidentTimeLimits", limits);
    Mocks.register("checkAccidentReportingDelegate", new CheckAccidentReportingDelegate(reporting, deadline, limits,
        caseFile));
    Mocks.register("proposeEscalationDelegate", new ProposeEscalationDelegate(proposals, caseFile));
    Mocks.register("escalateInvestigationDelegate", new EscalateInvestigationDelegate(caseFile, caseRecords));
    Mocks.register("adjustReportDeadlineDelegate", new AdjustReportDeadlineDelegate(deadline, limits, caseFile));
    Mocks.register("recordReportApprovalDelegate", new RecordReportApprovalDelegate(limits, caseFile, deadline));
    Mocks.register("extendApprovalDelegate", new ExtendApprovalDelegate());
    Mocks.register("startAccidentPenaltyCaseDelegate", new StartAccidentPenaltyCaseDelegate(caseReferrals, penalties, deadline));
    Mocks.register("publishAccidentDocumentDelegate", new PublishAccidentDocumentDelegate(numbers, deadline, events,
        caseFile));
    Mocks.register("urgeCaseDelegate", urgeCase);
    Mocks.register("markCaseOverdueDelegate", markCaseOverdue);
    Mocks.register("investigationStaff", new InvestigationStaff(engine.getProcessEngine().getIdentityService()));
    when(caseReferrals.refer(anyString(), any(), any(), any())).thenAnswer(i -> new ReferralView(9L, CASE_NO,
        i.<ReferralKind>getArgument(1).name(), null, null, null, null, false));
    when(penalties.propose(any(), any())).thenReturn("PN-JINGAN-2026-000001");
    when(numbers.next(any(), anyString(), anyInt())).thenReturn("沪静应急批〔2026〕1号");
  }

  @AfterEach
  void tearDown() {
    var identity = engine.getProcessEngine().getIdentityService();
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    identity.createTenantQuery().list().forEach(t -> identity.deleteTenant(t.getId()));
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aGeneralAccidentIsInvestigatedApprovedPenalisedEvaluatedAndClosed() {
    when(proposals.reasons(any(), any(), any(), eq(false), eq(false))).thenReturn(List.of());
    ProcessInstance ac = report(1, 2, 3_000_000L, "2026-03-02T10:30");
    assertThat(ac).variables().containsEntry(Var.GRADE, "GENERAL").containsEntry(Var.INVESTIGATING_LEVEL, "DISTRICT")
        .containsEntry(Var.LATE_REPORT, false).containsEntry(Var.ESCALATION_PROPOSED, false);
    verify(caseFile).grade(CASE_NO, "GENERAL");
    Date reportDue = deadline.days("2026-03-02", 60);
    verify(caseFile).setDeadline(CASE_NO, reportDue.toInstant());

    assertThat(task()).hasCandidateGroup("leaders");
    complete(task(), withVariables(Var.ESCALATION_DECISION, Code.KEEP, Var.ESCALATION_REASON, "无提级情形"));
    formTeam();
    assertThat(task()).hasDefinitionKey(AccidentProcess.USER_TASK_INVESTIGATE).hasDueDate(reportDue);
    submitReport();
    assertThat(task()).hasDefinitionKey(AccidentProcess.USER_TASK_APPROVE_REPORT)
        .hasDueDate(deadline.days(ClockUtil.getCurrentTime(), 15));
    complete(task(), withVariables(Var.REPORT_APPROVAL, Code.APPROVED));
    complete(task(), withVariables(Var.PRINCIPAL_NAME, "张三丰", Var.PRINCIPAL_ID_NUMBER, "310106198001011231",
        Var.PRINCIPAL_INCOME_YUAN, 300000L, Var.JUDICIAL_TRANSFER, true, Var.ACCOUNTABILITY_NOTE, "涉嫌重大责任事故罪",
        Var.PENALTY_INVESTIGATORS, "jingan-handler,jingan-handler2"));

    ArgumentCaptor<PenaltyProposal> proposal = ArgumentCaptor.forClass(PenaltyProposal.class);
    verify(penalties).propose(proposal.capture(), any());
    Assertions.assertThat(proposal.getValue()).satisfies(p -> {
      Assertions.assertThat(p.accidentGrade()).isEqualTo("GENERAL");
      Assertions.assertThat(p.legalBasisArticle()).isEqualTo("SPL-114");
      Assertions.assertThat(p.referralId()).isEqualTo(9L);
      Assertions.assertThat(p.investigators()).isEqualTo("jingan-handler,jingan-handler2");
      Assertions.assertThat(p.parties()).extracting(m -> m.get("kind")).containsExactly("UNIT", "PRINCIPAL");
    });
    verify(caseReferrals).refer(eq(CASE_NO), eq(ReferralKind.JUDICIAL), eq("涉嫌重大责任事故罪"), any());
    verify(caseReferrals, never()).refer(eq(CASE_NO), eq(ReferralKind.DISCIPLINARY), any(), any());
    assertThat(ac).variables().containsEntry(Var.PENALTY_CASE_NO, "PN-JINGAN-2026-000001");
    verify(events).publishEvent(any(PublicationRequested.class));

    // Within a year of the approval (安全生产法 art. 86) the rectification is evaluated and the result published: the
    // task opens 60 days before the anniversary and is due at its end.
    var evaluation = job(AccidentProcess.TIMER_EVALUATION_DUE);
    Assertions.assertThat(evaluation.getDuedate()).isEqualTo(at("2027-01-01T12:00"));
    execute(evaluation);
    Assertions.assertThat(task().getDueDate()).isEqualTo(Date.from(java.time.LocalDateTime.parse("2027-03-02T23:59:59")
        .atZone(BureauTime.ZONE).toInstant()));
    complete(task(), withVariables(Var.EVALUATION_RESULT, "整改措施已全部落实"));
    verify(events, org.mockito.Mockito.times(2)).publishEvent(any(PublicationRequested.class));
    complete(task(), withVariables(Var.CAUSE_FOUND, true, Var.RESPONSIBLE_DEALT_WITH, true,
        Var.RECTIFICATION_DONE, true, Var.PEOPLE_EDUCATED, true));
    assertThat(ac).isEnded().hasPassed(AccidentProcess.END_EVENT_ACCIDENT_CLOSED);
  }

  @Test
  void theLeadersEscalateOnTheProposedReasons() {
    var identity = engine.getProcessEngine().getIdentityService();
    identity.saveUser(identity.newUser("city-handler"));
    identity.saveUser(identity.newUser("jingan-handler"));
    identity.saveGroup(identity.newGroup("case-handlers"));
    identity.saveTenant(identity.newTenant("city"));
    identity.createMembership("city-handler", "case-handlers");
    identity.createMembership("jingan-handler", "case-handlers");
    identity.createTenantUserMembership("city", "city-handler");
    when(proposals.reasons(any(), any(), any(), eq(true), eq(true))).thenReturn(List.of("涉嫌瞒报、谎报", "事故迟报"));
    ProcessInstance ac = reportConcealed();
    assertThat(ac).variables().containsEntry(Var.LATE_REPORT, true).containsEntry(Var.ESCALATION_PROPOSED, true)
        .containsEntry(Var.ESCALATION_REASONS, "涉嫌瞒报、谎报；事故迟报");
    complete(task(), withVariables(Var.ESCALATION_DECISION, Code.ESCALATE, Var.ESCALATION_REASON, "涉嫌瞒报"));
    assertThat(ac).hasPassed(AccidentProcess.SERVICE_TASK_ESCALATE).variables()
        .containsEntry(Var.INVESTIGATING_LEVEL, "CITY").containsEntry(Var.ESCALATED, true);
    verify(caseRecords).append(eq(CASE_NO), any());
    // The city's staff take it: the district's handlers are no longer candidates.
    assertThat(task()).hasDefinitionKey(AccidentProcess.USER_TASK_FORM_TEAM).hasCandidateUser("city-handler");
    Assertions.assertThat(BpmnAwareTests.taskService().getIdentityLinksForTask(task().getId()))
        .noneMatch(link -> link.getGroupId() != null);
  }

  @Test
  void extensionsAndAppraisalTimeMoveTheReportDeadlineAndTheTimersFollow() throws Exception {
    when(proposals.reasons(any(), any(), any(), eq(false), eq(false))).thenReturn(List.of());
    ProcessInstance ac = report(0, 1, 100_000L, "2026-03-02T10:30");
    complete(task(), withVariables(Var.ESCALATION_DECISION, Code.KEEP, Var.ESCALATION_REASON, "无"));
    formTeam();
    Date due60 = deadline.days("2026-03-02", 60);
    Assertions.assertThat(job(AccidentProcess.TIMER_REPORT_DUE).getDuedate()).isEqualTo(due60);

    complete(task(), withVariables(Var.INVESTIGATION_STATUS, Code.APPRAISAL_RECORDED, Var.APPRAISAL_PERIOD_DAYS, 10));
    Assertions.assertThat(job(AccidentProcess.TIMER_REPORT_DUE).getDuedate())
        .isEqualTo(deadline.days("2026-03-02", 70));
    complete(task(), withVariables(Var.INVESTIGATION_STATUS, Code.EXTENSION_REQUESTED,
        Var.REQUESTED_EXTENSION_DAYS, 30));
    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "无必要"));
    Assertions.assertThat(job(AccidentProcess.TIMER_REPORT_DUE).getDuedate())
        .isEqualTo(deadline.days("2026-03-02", 70));
    complete(task(), withVariables(Var.INVESTIGATION_STATUS, Code.EXTENSION_REQUESTED,
        Var.REQUESTED_EXTENSION_DAYS, 30));
    complete(task(), withVariables(Var.EXTENSION_APPROVAL, Code.APPROVED));
    Date due100 = deadline.days("2026-03-02", 100);
    Assertions.assertThat(job(AccidentProcess.TIMER_REPORT_DUE).getDuedate()).isEqualTo(due100);
    verify(caseFile).setDeadline(CASE_NO, due100.toInstant());

    execute(job(AccidentProcess.TIMER_REPORT_REMINDER));
    verify(urgeCase).execute(any());
    execute(job(AccidentProcess.TIMER_REPORT_DUE));
    verify(markCaseOverdue).execute(any());
    assertThat(ac).isWaitingAt(AccidentProcess.USER_TASK_INVESTIGATE);
  }

  @Test
  void aReturnedReportIsInvestigatedFurther() {
    when(proposals.reasons(any(), any(), any(), eq(false), eq(false))).thenReturn(List.of());
    ProcessInstance ac = report(0, 1, 100_000L, "2026-03-02T10:30");
    complete(task(), withVariables(Var.ESCALATION_DECISION, Code.KEEP, Var.ESCALATION_REASON, "无"));
    formTeam();
    submitReport();
    complete(task(), withVariables(Var.REPORT_APPROVAL, Code.RETURNED, CommonVariables.OPINION, "原因分析不充分"));
    assertThat(ac).isWaitingAt(AccidentProcess.USER_TASK_INVESTIGATE);
  }

  @Test
  void anExtraordinaryAccidentsApprovalMayBeExtendedOnce() {
    when(proposals.reasons(any(), any(), any(), eq(false), eq(false))).thenReturn(List.of());
    ProcessInstance ac = report(30, 0, 0L, "2026-03-02T10:30");
    assertThat(ac).variables().containsEntry(Var.GRADE, "EXTRAORDINARY")
        .containsEntry(Var.INVESTIGATING_LEVEL, "STATE_COUNCIL");
    complete(task(), withVariables(Var.ESCALATION_DECISION, Code.KEEP, Var.ESCALATION_REASON, "已由国务院调查"));
    formTeam();
    submitReport();
    assertThat(task()).hasDueDate(deadline.days(ClockUtil.getCurrentTime(), 30));
    setClock("2026-03-20T09:00");
    complete(task(), withVariables(Var.REPORT_APPROVAL, Code.EXTEND, CommonVariables.OPINION, "需补充征求意见"));
    assertThat(ac).hasPassed(AccidentProcess.SERVICE_TASK_EXTEND_APPROVAL).variables()
        .containsEntry(Var.APPROVAL_EXTENDED, true);
    assertThat(task()).hasDefinitionKey(AccidentProcess.USER_TASK_APPROVE_REPORT)
        .hasDueDate(deadline.days(ClockUtil.getCurrentTime(), 30));
    complete(task(), withVariables(Var.REPORT_APPROVAL, Code.APPROVED));
    assertThat(ac).isWaitingAt(AccidentProcess.USER_TASK_DETERMINE_ACCOUNTABILITY);
  }

  // --- steps -------------------------------------------------------------------------------------------------

  private static void formTeam() {
    complete(task(), withVariables(Var.TEAM_LEADER, "jingan-handler", Var.TEAM_MEMBERS, "王某（区应急局）\n李某（区公安分局）"));
  }

  private static void submitReport() {
    complete(task(), withVariables(Var.INVESTIGATION_STATUS, Code.REPORT_SUBMITTED, Var.INVESTIGATION_REPORT,
        "调查报告全文", Var.CAUSE, "违章动火作业引燃可燃物"));
  }

  private static ProcessInstance report(int deaths, int injuries, long loss, String reportedAt) {
    return start(deaths, injuries, loss, reportedAt, false);
  }

  private static ProcessInstance reportConcealed() {
    return start(1, 0, 500_000L, "2026-03-02T11:45", true);
  }

  private static ProcessInstance start(int deaths, int injuries, long loss, String reportedAt, boolean concealed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, "jingan");
    variables.put(CommonVariables.CASE_NO, CASE_NO);
    variables.put(CommonVariables.ENTERPRISE_NAME, "上海某化工有限公司");
    variables.put(CommonVariables.ENTERPRISE_USCC, "91310000MA1FL8TQ49");
    variables.put(CommonVariables.SECTOR, "HAZARDOUS_CHEMICALS");
    variables.put(Var.OCCURRED_AT, "2026-03-02T10:00");
    variables.put(Var.REPORTED_AT, reportedAt);
    variables.put(Var.DEATHS, deaths);
    variables.put(Var.SERIOUS_INJURIES, injuries);
    variables.put(Var.MISSING, 0);
    variables.put(Var.DIRECT_LOSS_YUAN, loss);
    variables.put(Var.ROAD_OR_FIRE, false);
    variables.put(Var.CONCEALMENT_SUSPECTED, concealed);
    variables.put(Var.DESCRIPTION, "仓库动火作业引发火灾");
    ProcessInstance ac = runtimeService().startProcessInstanceByKey(AccidentProcess.PROCESS_KEY, CASE_NO, variables);
    assertThat(ac).isStarted().isWaitingAt(AccidentProcess.USER_TASK_REVIEW_ESCALATION);
    return ac;
  }

  private static void setClock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }
}
