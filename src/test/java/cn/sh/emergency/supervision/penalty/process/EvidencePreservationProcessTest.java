package cn.sh.emergency.supervision.penalty.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.penalty.PreservationDecision;
import cn.sh.emergency.supervision.penalty.PreservationProcess;
import cn.sh.emergency.supervision.penalty.PreservationProcess.Code;
import cn.sh.emergency.supervision.penalty.PreservationProcess.Var;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
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
 * 先行登记保存 (行政处罚法 art. 56): the leaders refuse or approve; approved, the handler decides on the items within 7
 * working days (the decision task's due date and a timer that urges it when they have passed).
 */
@Deployment(resources = {"processes/penalty/evidence-preservation.bpmn",
    "forms/penalty/evidence-preservation-approval.form", "forms/penalty/evidence-preservation-decision.form"})
class EvidencePreservationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate urgeCase = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-02T09:00").atZone(BureauTime.ZONE).toInstant()));
    Mocks.register("deadline", deadline);
    Mocks.register("penaltyTimeLimits", new PenaltyTimeLimits());
    Mocks.register("urgeCaseDelegate", urgeCase);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void approvedPreservationIsDecidedWithinSevenWorkingDays() throws Exception {
    ProcessInstance preservation = start();
    assertThat(task()).hasDefinitionKey(PreservationProcess.USER_TASK_APPROVE_PRESERVATION).hasCandidateGroup("leaders");
    complete(task(), withVariables(Var.PRESERVATION_APPROVAL, Code.APPROVED));

    assertThat(task()).hasDefinitionKey(PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE)
        .hasCandidateGroup("case-handlers").hasDueDate(deadline.workingDays("2026-03-02", 7));
    complete(task(), withVariables(Var.PRESERVATION_DECISION, PreservationDecision.TESTING.code(),
        CommonVariables.OPINION, "送市质检院检验"));
    assertThat(preservation).isEnded().hasPassed("EndEvent_PreservationDecided")
        .hasNotPassed(PreservationProcess.SERVICE_TASK_URGE_PRESERVATION_DECISION);
    verify(urgeCase, never()).execute(any());
  }

  @Test
  void aDecisionNotMadeInTimeIsUrgedAndStillAwaited() throws Exception {
    ProcessInstance preservation = start();
    complete(task(), withVariables(Var.PRESERVATION_APPROVAL, Code.APPROVED));
    execute(job());
    verify(urgeCase, times(1)).execute(any());
    assertThat(preservation).hasPassed(PreservationProcess.TIMER_PRESERVATION_DECISION_DUE,
        "EndEvent_PreservationDecisionUrged").isWaitingAt(PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE);
    complete(task(), withVariables(Var.PRESERVATION_DECISION, PreservationDecision.RELEASE.code(),
        CommonVariables.OPINION, "违法事实不成立，解除"));
    assertThat(preservation).isEnded();
  }

  @Test
  void refusedPreservationEnds() {
    ProcessInstance preservation = start();
    complete(task(), withVariables(Var.PRESERVATION_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "无灭失之虞"));
    assertThat(preservation).isEnded().hasPassed("EndEvent_PreservationRefused")
        .hasNotPassed(PreservationProcess.USER_TASK_DECIDE_PRESERVED_EVIDENCE);
  }

  private static ProcessInstance start() {
    ProcessInstance preservation = runtimeService().startProcessInstanceByKey(PreservationProcess.PROCESS_KEY,
        "PN-JINGAN-2026-000001", Map.of(CommonVariables.CASE_NO, "PN-JINGAN-2026-000001",
            CommonVariables.DISTRICT, "jingan", Var.PRESERVED_ITEMS, "可燃气体报警控制器1台（存放于本局证物室）",
            Var.PRESERVATION_REASON, "报警装置可能被更换，证据可能灭失"));
    assertThat(preservation).isStarted();
    return preservation;
  }
}
