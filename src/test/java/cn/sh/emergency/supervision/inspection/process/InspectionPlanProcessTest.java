package cn.sh.emergency.supervision.inspection.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.inspection.InspectionPlanProcess;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
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
 * 执法检查计划: composed, approved (or returned, revised and composed again), in force, and filed and published within a
 * month of the approval — urged when the month has passed.
 */
@Deployment(resources = {"processes/inspection/inspection-plan.bpmn", "forms/inspection/inspection-plan-start.form",
    "forms/inspection/inspection-plan-approval.form", "forms/inspection/inspection-plan-revision.form",
    "forms/inspection/inspection-plan-publication.form"})
class InspectionPlanProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "IP-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate compose = mock(JavaDelegate.class);
  private final JavaDelegate adopt = mock(JavaDelegate.class);
  private final JavaDelegate publish = mock(JavaDelegate.class);
  private final JavaDelegate urge = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    Mocks.register("deadline", deadline);
    Mocks.register("composeInspectionPlanDelegate", compose);
    Mocks.register("adoptInspectionPlanDelegate", adopt);
    Mocks.register("recordPlanPublicationDelegate", publish);
    Mocks.register("urgeCaseDelegate", urge);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aReturnedPlanIsRevisedComposedAgainAndPublishedLateAfterAnUrging() throws Exception {
    ProcessInstance plan = start();
    Task approval = single(InspectionPlanProcess.USER_TASK_APPROVE_PLAN);
    assertThat(approval).hasCandidateGroup("leaders").hasDueDate(deadline.workingDays("2026-03-02", 5));
    complete(approval, withVariables(Var.PLAN_APPROVAL, Code.RETURNED));
    complete(single(InspectionPlanProcess.USER_TASK_REVISE_PLAN));
    verify(compose, times(2)).execute(any());
    complete(single(InspectionPlanProcess.USER_TASK_APPROVE_PLAN), withVariables(Var.PLAN_APPROVAL, Code.APPROVED));
    verify(adopt, times(1)).execute(any());
    Task publication = single(InspectionPlanProcess.USER_TASK_PUBLISH_PLAN);
    assertThat(publication).hasCandidateGroup("section-chiefs")
        .hasDueDate(deadline.months(at("2026-03-02T09:00"), 1));
    execute(job(InspectionPlanProcess.TIMER_PUBLICATION_DUE));
    verify(urge, times(1)).execute(any());
    complete(single(InspectionPlanProcess.USER_TASK_PUBLISH_PLAN));
    verify(publish, times(1)).execute(any());
    assertThat(plan).isEnded().hasPassed(InspectionPlanProcess.END_EVENT_PLAN_IN_FORCE);
  }

  private static ProcessInstance start() {
    ProcessInstance plan = runtimeService().startProcessInstanceByKey(InspectionPlanProcess.PROCESS_KEY, CASE_NO,
        Map.of(CommonVariables.CASE_NO, CASE_NO, CommonVariables.DISTRICT, "jingan"));
    assertThat(plan).isStarted();
    return plan;
  }

  private static Task single(String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BureauTime.ZONE).toInstant());
  }
}
