package cn.sh.emergency.supervision.penalty.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.RemedyOutcome;
import cn.sh.emergency.supervision.penalty.RemedyProcess;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Var;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 行政复议 and 行政诉讼: the outcome is applied; a decision still standing ends the process, a changed or revoked one
 * that was published is withdrawn within 3 working days — by the handler, or by the timer once they have passed.
 */
@Deployment(resources = {"processes/penalty/decision-remedy.bpmn", "forms/penalty/decision-remedy-outcome.form",
    "forms/penalty/decision-remedy-withdrawal.form"})
class DecisionRemedyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "PN-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate applyOutcome = mock(JavaDelegate.class);
  private final JavaDelegate withdraw = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-04-30T09:00").atZone(BureauTime.ZONE).toInstant()));
    Mocks.register("deadline", deadline);
    Mocks.register("penaltyTimeLimits", new PenaltyTimeLimits());
    Mocks.register("applyRemedyOutcomeDelegate", applyOutcome);
    Mocks.register("withdrawPublicationDelegate", withdraw);
    // As the real one: a changed or revoked decision's publication is to be withdrawn.
    doAnswer(i -> {
      DelegateExecution execution = i.getArgument(0);
      String outcome = (String) execution.getVariable(Var.REMEDY_OUTCOME);
      execution.setVariable(Var.WITHDRAWAL_NEEDED, RemedyOutcome.valueOf(outcome).withdrawsPublication());
      execution.setVariable(Var.WITHDRAWAL_REASON, "该行政处罚决定经行政复议被" + outcome);
      return null;
    }).when(applyOutcome).execute(any());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aDecisionUpheldStandsAndNothingIsWithdrawn() throws Exception {
    ProcessInstance remedy = start();
    record(RemedyOutcome.UPHELD);
    assertThat(remedy).isEnded().hasPassed("EndEvent_RemedyConcluded")
        .hasNotPassed(RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION);
    verify(applyOutcome, times(1)).execute(any());
    verify(withdraw, never()).execute(any());
  }

  @Test
  void aChangedDecisionIsWithdrawnByTheHandlerWithinThreeWorkingDays() throws Exception {
    ProcessInstance remedy = start();
    record(RemedyOutcome.CHANGED);
    // 30 April: the May Day holiday (1-5 May) does not count; the third working day is Friday 8 May.
    assertThat(task()).hasDefinitionKey(RemedyProcess.USER_TASK_WITHDRAW_PUBLICATION)
        .hasCandidateGroup("case-handlers").hasDueDate(deadline.workingDays("2026-04-30", 3));
    complete(task(), withVariables(Var.WITHDRAWAL_REASON, "经复议变更罚款，撤回原公示"));
    assertThat(remedy).isEnded().hasPassed(RemedyProcess.SERVICE_TASK_WITHDRAW_PUBLICATION,
        "EndEvent_PublicationWithdrawn").hasNotPassed(RemedyProcess.TIMER_WITHDRAWAL_DUE);
    verify(withdraw, times(1)).execute(any());
  }

  @Test
  void aRevokedDecisionLeftStandingIsWithdrawnByTheTimer() throws Exception {
    ProcessInstance remedy = start();
    record(RemedyOutcome.REVOKED);
    execute(job());
    assertThat(remedy).isEnded().hasPassed(RemedyProcess.TIMER_WITHDRAWAL_DUE,
        RemedyProcess.SERVICE_TASK_WITHDRAW_PUBLICATION);
    verify(withdraw, times(1)).execute(any());
  }

  private static ProcessInstance start() {
    ProcessInstance remedy = runtimeService().startProcessInstanceByKey(RemedyProcess.PROCESS_KEY, CASE_NO,
        Map.of(CommonVariables.CASE_NO, CASE_NO, Var.DECISION_NO, "沪静应急罚〔2026〕1号",
            Var.REMEDY_KIND, RemedyKind.RECONSIDERATION.code(), Var.REMEDY_FILED_ON, "2026-03-20",
            Var.REMEDY_AUTHORITY, "上海市静安区人民政府"));
    assertThat(remedy).isStarted();
    return remedy;
  }

  private static void record(RemedyOutcome outcome) {
    assertThat(task()).hasDefinitionKey(RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME);
    complete(task(), withVariables(Var.REMEDY_OUTCOME, outcome.code(), Var.REMEDY_DECIDED_ON, "2026-04-29",
        Var.REMEDY_DOCUMENT_NO, "静府复决字〔2026〕8号", CommonVariables.OPINION, "复议决定"));
  }
}
