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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.penalty.CrimeTransferProcess;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Code;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Var;
import cn.sh.emergency.supervision.penalty.CriminalOutcome;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
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
 * 涉嫌犯罪案件移送 (国务院令第310号 arts. 5-9): the written report, the leaders' decision within 3 days (urged after),
 * the transfer within 24 hours (urged after), the organ's decision and the criminal outcome; every way out resumes
 * the penalty case.
 */
@Deployment(resources = {"processes/penalty/crime-transfer.bpmn", "forms/penalty/crime-transfer-report.form",
    "forms/penalty/crime-transfer-approval.form", "forms/penalty/crime-transfer-to-police.form",
    "forms/penalty/crime-transfer-police-decision.form", "forms/penalty/crime-transfer-criminal-outcome.form"})
class CrimeTransferProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "PN-JINGAN-2026-000001";

  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final JavaDelegate urgeCase = mock(JavaDelegate.class);
  private final JavaDelegate resumePenaltyCase = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    // A Friday before the Qingming holiday: the leaders' 3 days end on the next working day (Tuesday 7 April).
    setClock("2026-04-03T09:00");
    Mocks.register("deadline", deadline);
    Mocks.register("penaltyTimeLimits", new PenaltyTimeLimits());
    Mocks.register("urgeCaseDelegate", urgeCase);
    Mocks.register("resumePenaltyCaseDelegate", resumePenaltyCase);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void anApprovedTransferGoesWithin24HoursAndTheCriminalOutcomeResumesTheCase() throws Exception {
    ProcessInstance transfer = start();
    report();
    assertThat(task()).hasDefinitionKey(CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER).hasCandidateGroup("leaders")
        .hasDueDate(deadline.days("2026-04-03", 3));
    setClock("2026-04-03T15:00");
    complete(task(), withVariables(Var.TRANSFER_APPROVAL, Code.APPROVED));

    assertThat(task()).hasDefinitionKey(CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE)
        .hasCandidateGroup("case-handlers").hasDueDate(at("2026-04-04T15:00"));
    // Not sent within the 24 hours, holiday or not: urged, still awaited.
    execute(job(CrimeTransferProcess.TIMER_TRANSFER_DUE));
    verify(urgeCase, times(1)).execute(any());
    assertThat(transfer).isWaitingAt(CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE);
    complete(task(), withVariables(Var.POLICE_ORGAN, "上海市公安局静安分局", Var.TRANSFERRED_ON, "2026-04-04",
        Var.INVESTIGATION_REPORT_ATTACHED, true, Var.ITEM_LIST_ATTACHED, true));

    assertThat(task()).hasDefinitionKey(CrimeTransferProcess.USER_TASK_RECORD_POLICE_DECISION);
    complete(task(), withVariables(Var.POLICE_DECISION, Code.FILED, Var.POLICE_DECISION_ON, "2026-04-07",
        CommonVariables.OPINION, "静公（刑）立字〔2026〕15号"));
    assertThat(task()).hasDefinitionKey(CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME);
    complete(task(), withVariables(Var.CRIMINAL_OUTCOME, CriminalOutcome.SENTENCED.code(),
        Var.CRIMINAL_OUTCOME_DETAILS, "（2026）沪0106刑初88号：张三丰犯重大责任事故罪，判处有期徒刑一年，缓刑一年"));
    assertThat(transfer).isEnded().hasPassed(CrimeTransferProcess.SERVICE_TASK_RESUME_PENALTY_CASE,
        CrimeTransferProcess.END_EVENT_TRANSFER_CONCLUDED);
    verify(resumePenaltyCase, times(1)).execute(any());
  }

  @Test
  void aRefusedTransferResumesTheCaseAfterTheLeadersWereUrged() throws Exception {
    ProcessInstance transfer = start();
    report();
    execute(job(CrimeTransferProcess.TIMER_APPROVAL_DUE));
    verify(urgeCase, times(1)).execute(any());
    assertThat(transfer).hasPassed("EndEvent_TransferApprovalUrged")
        .isWaitingAt(CrimeTransferProcess.USER_TASK_APPROVE_TRANSFER);
    complete(task(), withVariables(Var.TRANSFER_APPROVAL, Code.REFUSED,
        CommonVariables.OPINION, "损失经评估不足一百万元，不涉嫌犯罪"));
    assertThat(transfer).isEnded().hasPassed(CrimeTransferProcess.SERVICE_TASK_RESUME_PENALTY_CASE)
        .hasNotPassed(CrimeTransferProcess.USER_TASK_TRANSFER_TO_POLICE);
  }

  @Test
  void aCaseTheOrganDoesNotOpenResumesAtOnce() {
    ProcessInstance transfer = start();
    report();
    complete(task(), withVariables(Var.TRANSFER_APPROVAL, Code.APPROVED));
    complete(task(), withVariables(Var.POLICE_ORGAN, "上海市公安局静安分局", Var.TRANSFERRED_ON, "2026-04-03",
        Var.INVESTIGATION_REPORT_ATTACHED, true, Var.ITEM_LIST_ATTACHED, true));
    complete(task(), withVariables(Var.POLICE_DECISION, Code.NOT_FILED, Var.POLICE_DECISION_ON, "2026-04-07",
        CommonVariables.OPINION, "没有犯罪事实"));
    assertThat(transfer).isEnded().hasPassed(CrimeTransferProcess.SERVICE_TASK_RESUME_PENALTY_CASE)
        .hasNotPassed(CrimeTransferProcess.USER_TASK_RECORD_CRIMINAL_OUTCOME);
  }

  private static ProcessInstance start() {
    ProcessInstance transfer = runtimeService().startProcessInstanceByKey(CrimeTransferProcess.PROCESS_KEY, CASE_NO,
        Map.of(CommonVariables.CASE_NO, CASE_NO, CommonVariables.DISTRICT, "jingan",
            CommonVariables.ENTERPRISE_NAME, "上海某化工有限公司",
            Var.SUSPECTED_OFFENCE, "重大责任事故罪（《中华人民共和国刑法》第一百三十四条第一款）",
            Var.CRIME_THRESHOLD, "造成死亡一人以上（法释〔2015〕22号第六条第一款第（一）项）"));
    assertThat(transfer).isStarted();
    return transfer;
  }

  private static void report() {
    assertThat(task()).hasDefinitionKey(CrimeTransferProcess.USER_TASK_REPORT_SUSPECTED_CRIME)
        .hasCandidateGroup("case-handlers");
    complete(task(), withVariables(Var.SUSPECTS, "张三丰（主要负责人）", Var.TRANSFER_REPORT, "检修作业未落实安全措施，致1人死亡"));
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BureauTime.ZONE).toInstant());
  }

  private static void setClock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }
}
