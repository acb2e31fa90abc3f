package cn.sh.emergency.supervision.legalreview.process;

import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationVar;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewTimeLimits;
import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
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

/** Both paths of a decision's publicity: published in time, and flagged late when the deadline passes first. */
@Deployment(resources = {"processes/legalreview/decision-publication.bpmn",
    "forms/legalreview/decision-publication.form"})
class DecisionPublicationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());
  private final Publications publications = mock(Publications.class);
  private final CaseFile caseFile = mock(CaseFile.class);
  private final CaseRecords caseRecords = mock(CaseRecords.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant()));
    LegalReviewTimeLimits limits = new LegalReviewTimeLimits();
    Mocks.register("deadline", deadline);
    Mocks.register("legalReviewTimeLimits", limits);
    Mocks.register("publishDecisionDelegate", new PublishDecisionDelegate(publications, deadline, limits));
    Mocks.register("flagPublicationLateDelegate", new FlagPublicationLateDelegate(caseRecords));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void publishedWithinSevenWorkingDays() {
    ProcessInstance publicity = start();
    assertThat(task()).hasCandidateGroup("case-handlers").hasDueDate(deadline.workingDays("2026-03-02", 7));
    complete(task(), withVariables(PublicationVar.PUBLICATION_CONFIRMED, true));

    assertThat(publicity).isEnded().hasPassed(LegalReviewProcess.END_EVENT_PUBLISHED)
        .hasNotPassed(LegalReviewProcess.SERVICE_TASK_FLAG_PUBLICATION_LATE);
    verify(publications).publish(any(), eq(deadline.workingDays("2026-03-02", 7).toInstant()), eq("system"));
  }

  @Test
  void theDeadlinePassingFirstIsFlaggedThenPublished() {
    ProcessInstance publicity = start();
    execute(job());
    assertThat(publicity).hasPassed(LegalReviewProcess.SERVICE_TASK_FLAG_PUBLICATION_LATE,
        LegalReviewProcess.END_EVENT_LATE_FLAGGED).variables().containsEntry(PublicationVar.PUBLICATION_LATE, true);
    complete(task(), withVariables(PublicationVar.PUBLICATION_CONFIRMED, true));
    assertThat(publicity).isEnded().hasPassed(LegalReviewProcess.END_EVENT_PUBLISHED);
  }

  private static ProcessInstance start() {
    ProcessInstance publicity = runtimeService().startProcessInstanceByKey(LegalReviewProcess.PUBLICATION_PROCESS_KEY,
        Map.of(CommonVariables.CASE_NO, "PN-JINGAN-2026-000001", CommonVariables.DISTRICT, "jingan",
            PublicationVar.DECISION_NO, "沪静应急罚〔2026〕1号", PublicationVar.DECISION_DATE, "2026-03-02",
            PublicationVar.UNIT_NAME, "上海某化工有限公司", PublicationVar.PERSONS, "张三丰",
            PublicationVar.VIOLATION, "未按规定排查治理事故隐患", PublicationVar.LEGAL_BASIS, "安全生产法第一百零二条",
            PublicationVar.PENALTY, "罚款五万元"));
    assertThat(publicity).isStarted();
    return publicity;
  }
}
