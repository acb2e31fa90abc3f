package cn.sh.emergency.supervision.penalty.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.penalty.SummaryPenalty;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/**
 * 简易程序: the decision issued, filed with the bureau within the period (urged after it), and a fine collected —
 * paid, or overdue and handed to enforcement; a warning has nothing to collect. The case closes when both are done.
 */
@Deployment(resources = {"processes/penalty/on-the-spot-penalty.bpmn", "forms/penalty/on-the-spot-penalty-start.form",
    "forms/penalty/on-the-spot-filing.form", "forms/penalty/on-the-spot-overdue.form"})
class OnTheSpotPenaltyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "PN-JINGAN-2026-000009";
  private static final String DECISION_NO = "沪静应急罚〔2026〕9号";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate issue = mock(JavaDelegate.class);
  private final JavaDelegate markOverdue = mock(JavaDelegate.class);
  private final JavaDelegate conclude = mock(JavaDelegate.class);
  private final JavaDelegate urge = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    Mocks.register("deadline", deadline);
    Mocks.register("penaltyTimeLimits", new PenaltyTimeLimits());
    Mocks.register("issueOnTheSpotDecisionDelegate", issue);
    Mocks.register("markPaymentOverdueDelegate", markOverdue);
    Mocks.register("concludePartyDelegate", conclude);
    Mocks.register("urgeCaseDelegate", urge);
    // As the real one: the decision's number and, for a fine, the end of the 15 days to pay.
    doAnswer(i -> {
      DelegateExecution execution = i.getArgument(0);
      execution.setVariable(Var.DECISION_NO, DECISION_NO);
      execution.setVariable(Var.PAYMENT_DUE_AT, deadline.days("2026-03-02", 15));
      return null;
    }).when(issue).execute(any());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aPaidFineAndAFilingLateButDoneCloseTheCase() throws Exception {
    ProcessInstance spot = start(SummaryPenalty.FINE);
    Task filing = single(OnTheSpotProcess.USER_TASK_FILE_DECISION);
    assertThat(filing).hasCandidateGroup("legal-reviewers").hasDueDate(deadline.workingDays("2026-03-02", 5));
    execute(job(OnTheSpotProcess.TIMER_FILING_DUE));
    verify(urge, times(1)).execute(any());
    complete(single(OnTheSpotProcess.USER_TASK_FILE_DECISION), withVariables(CommonVariables.OPINION, "予以备案"));
    assertThat(spot).isWaitingAt(OnTheSpotProcess.TIMER_PAYMENT_DUE);

    runtimeService().createMessageCorrelation(DualPenaltyProcess.MESSAGE_PAYMENT_SETTLED)
        .processInstanceBusinessKey(CASE_NO).localVariableEquals(DualPenaltyProcess.Var.COLLECTING_DECISION_NO,
            DECISION_NO).correlate();
    assertThat(spot).isEnded().hasPassed(OnTheSpotProcess.SERVICE_TASK_CONCLUDE_PAID, OnTheSpotProcess.END_EVENT_CLOSED);
  }

  @Test
  void anOverdueFineIsHandedToEnforcement() throws Exception {
    ProcessInstance spot = start(SummaryPenalty.FINE);
    complete(single(OnTheSpotProcess.USER_TASK_FILE_DECISION), withVariables(CommonVariables.OPINION, "予以备案"));
    execute(job(OnTheSpotProcess.TIMER_PAYMENT_DUE));
    verify(markOverdue, times(1)).execute(any());
    complete(single(OnTheSpotProcess.USER_TASK_HANDLE_OVERDUE_FINE), withVariables(Var.DEMAND_SERVED_ON, "2026-03-20",
        Var.COURT_NAME, "上海市静安区人民法院", Var.COURT_APPLIED_ON, "2026-09-20"));
    assertThat(spot).isEnded().hasPassed("ServiceTask_ConcludeOnTheSpotEnforced", OnTheSpotProcess.END_EVENT_CLOSED);
  }

  @Test
  void aWarningHasNothingToCollect() {
    ProcessInstance spot = start(SummaryPenalty.WARNING);
    complete(single(OnTheSpotProcess.USER_TASK_FILE_DECISION), withVariables(CommonVariables.OPINION, "予以备案"));
    assertThat(spot).isEnded().hasNotPassed("SubProcess_OnTheSpotCollection");
  }

  private static ProcessInstance start(SummaryPenalty penalty) {
    ProcessInstance spot = runtimeService().startProcessInstanceByKey(OnTheSpotProcess.PROCESS_KEY, CASE_NO,
        Map.of(CommonVariables.CASE_NO, CASE_NO, CommonVariables.DISTRICT, "jingan",
            Var.SUMMARY_PENALTY, penalty.code()));
    assertThat(spot).isStarted();
    return spot;
  }

  private static Task single(String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BureauTime.ZONE).toInstant());
  }
}
