package cn.sh.emergency.supervision.penalty.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.penalty.PaymentPlanProcess;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Code;
import cn.sh.emergency.supervision.penalty.PaymentPlanProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 延期、分期缴纳 (行政处罚法 art. 66): the leaders approve, and the plan is adopted; or they refuse, and nothing changes. */
@Deployment(resources = {"processes/penalty/payment-plan.bpmn", "forms/penalty/payment-plan-approval.form"})
class PaymentPlanProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private final JavaDelegate adopt = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("deadline", new Deadline(StatutoryCalendar.shipped()));
    Mocks.register("penaltyTimeLimits", new PenaltyTimeLimits());
    Mocks.register("adoptPaymentPlanDelegate", adopt);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void anApprovedPlanIsAdopted() throws Exception {
    ProcessInstance plan = start();
    assertThat(task()).hasDefinitionKey(PaymentPlanProcess.USER_TASK_APPROVE_PAYMENT_PLAN).hasCandidateGroup("leaders");
    complete(task(), withVariables(Var.PAYMENT_PLAN_APPROVAL, Code.APPROVED));
    assertThat(plan).isEnded().hasPassed(PaymentPlanProcess.SERVICE_TASK_ADOPT_PAYMENT_PLAN);
    verify(adopt, times(1)).execute(any());
  }

  @Test
  void aRefusedPlanChangesNothing() throws Exception {
    ProcessInstance plan = start();
    complete(task(), withVariables(Var.PAYMENT_PLAN_APPROVAL, Code.REFUSED, CommonVariables.OPINION, "无经济困难证明"));
    assertThat(plan).isEnded().hasPassed("EndEvent_PaymentPlanRefused");
    verify(adopt, never()).execute(any());
  }

  private static ProcessInstance start() {
    ProcessInstance plan = runtimeService().startProcessInstanceByKey(PaymentPlanProcess.PROCESS_KEY,
        "PN-JINGAN-2026-000001", Map.of(CommonVariables.CASE_NO, "PN-JINGAN-2026-000001",
            Var.DECISION_NO, "沪静应急罚〔2026〕1号", Var.PAYMENT_PLAN, "[{\"dueOn\":\"2026-04-30\",\"amountYuan\":3000}]"));
    assertThat(plan).isStarted();
    return plan;
  }
}
