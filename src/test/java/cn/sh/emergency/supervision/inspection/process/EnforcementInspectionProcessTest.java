package cn.sh.emergency.supervision.inspection.process;

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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.inspection.FindingAction;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.inspection.InspectionResult;
import cn.sh.emergency.supervision.inspection.InspectionTimeLimits;
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
 * 执法检查: the code issued at once; the on-site inspection, due on the planned day; no finding closes the case,
 * findings are recorded one by one and handed over (ending as referred for a penalty when any was); an inspection not
 * held while the code is valid voids it.
 */
@Deployment(resources = {"processes/inspection/enforcement-inspection.bpmn",
    "forms/inspection/enforcement-inspection-start.form", "forms/inspection/enforcement-inspection-on-site.form",
    "forms/inspection/enforcement-inspection-finding.form"})
class EnforcementInspectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "IN-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate issueCode = mock(JavaDelegate.class);
  private final JavaDelegate recordOnSite = mock(JavaDelegate.class);
  private final JavaDelegate handOver = mock(JavaDelegate.class);
  private final JavaDelegate voidCode = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    Mocks.register("deadline", deadline);
    Mocks.register("inspectionTimeLimits", new InspectionTimeLimits());
    Mocks.register("issueInspectionCodeDelegate", issueCode);
    Mocks.register("recordOnSiteInspectionDelegate", recordOnSite);
    Mocks.register("handOverFindingDelegate", handOver);
    Mocks.register("voidInspectionCodeDelegate", voidCode);
    // As the real one: the code and its last valid day (30 days from the planned day).
    doAnswer(i -> {
      DelegateExecution execution = i.getArgument(0);
      execution.setVariable(Var.INSPECTION_CODE, "JC0123456789AB");
      execution.setVariable(Var.CODE_VALID_UNTIL, "2026-04-02");
      return null;
    }).when(issueCode).execute(any());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void anInspectionWithoutFindingCloses() throws Exception {
    ProcessInstance inspection = start();
    verify(issueCode, times(1)).execute(any());
    Task onSite = single(InspectionProcess.USER_TASK_INSPECT_ON_SITE);
    assertThat(onSite).hasCandidateGroup("case-handlers").hasDueDate(deadline.endOf("2026-03-03"));
    complete(onSite, withVariables(Var.INSPECTION_RESULT, InspectionResult.NO_FINDING.code()));
    verify(recordOnSite, times(1)).execute(any());
    assertThat(inspection).isEnded().hasPassed(InspectionProcess.END_EVENT_NO_FINDING)
        .hasNotPassed(InspectionProcess.USER_TASK_RECORD_FINDING);
  }

  @Test
  void findingsAreRecordedOneByOneAndAnyReferralEndsAsReferredForPenalty() throws Exception {
    ProcessInstance inspection = start();
    complete(single(InspectionProcess.USER_TASK_INSPECT_ON_SITE),
        withVariables(Var.INSPECTION_RESULT, InspectionResult.FINDINGS.code()));
    doAnswer(i -> {
      DelegateExecution execution = i.getArgument(0);
      if (FindingAction.PENALTY.code().equals(execution.getVariable(Var.FINDING_ACTION))) {
        execution.setVariable(Var.PENALTY_REFERRED, true);
      }
      return null;
    }).when(handOver).execute(any());
    complete(single(InspectionProcess.USER_TASK_RECORD_FINDING), withVariables(
        Var.FINDING_ACTION, FindingAction.HAZARD.code(), Var.MORE_FINDINGS, Code.NEXT));
    complete(single(InspectionProcess.USER_TASK_RECORD_FINDING), withVariables(
        Var.FINDING_ACTION, FindingAction.PENALTY.code(), Var.MORE_FINDINGS, Code.DONE));
    verify(handOver, times(2)).execute(any());
    assertThat(inspection).isEnded().hasPassed(InspectionProcess.END_EVENT_PENALTY_REFERRED);
  }

  @Test
  void hazardsAloneEndAsHandedOver() throws Exception {
    ProcessInstance inspection = start();
    complete(single(InspectionProcess.USER_TASK_INSPECT_ON_SITE),
        withVariables(Var.INSPECTION_RESULT, InspectionResult.FINDINGS.code()));
    complete(single(InspectionProcess.USER_TASK_RECORD_FINDING), withVariables(
        Var.FINDING_ACTION, FindingAction.HAZARD.code(), Var.MORE_FINDINGS, Code.DONE));
    assertThat(inspection).isEnded().hasPassed(InspectionProcess.END_EVENT_HAZARDS_HANDED_OVER);
  }

  @Test
  void aCodeNotUsedInTimeIsVoided() throws Exception {
    ProcessInstance inspection = start();
    org.assertj.core.api.Assertions.assertThat(job(InspectionProcess.TIMER_CODE_EXPIRED).getDuedate())
        .isEqualTo(deadline.endOf("2026-04-02"));
    execute(job(InspectionProcess.TIMER_CODE_EXPIRED));
    verify(voidCode, times(1)).execute(any());
    verify(recordOnSite, never()).execute(any());
    assertThat(inspection).isEnded().hasPassed(InspectionProcess.END_EVENT_CODE_VOIDED);
  }

  private static ProcessInstance start() {
    ProcessInstance inspection = runtimeService().startProcessInstanceByKey(InspectionProcess.PROCESS_KEY, CASE_NO,
        Map.of(CommonVariables.CASE_NO, CASE_NO, CommonVariables.DISTRICT, "jingan", Var.PLANNED_ON, "2026-03-03"));
    assertThat(inspection).isStarted();
    return inspection;
  }

  private static Task single(String taskKey) {
    return taskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BureauTime.ZONE).toInstant());
  }
}
