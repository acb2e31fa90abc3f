package cn.sh.emergency.supervision.legalreview.process;

import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import static cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewTimeLimits;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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

/** Every path of the legal review on an in-memory engine; urging and the case file mocked. */
@Deployment(resources = {"processes/legalreview/legal-review.bpmn",
    "forms/legalreview/legal-review-request.form", "forms/legalreview/legal-review-supplement.form",
    "forms/legalreview/legal-review-review.form", "forms/legalreview/legal-review-coordination.form",
    "forms/legalreview/legal-review-collective-discussion.form"})
class LegalReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  private static final ZoneId SHANGHAI = BureauTime.ZONE;
  private final Deadline deadline = new Deadline(StatutoryCalendar.shipped());

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant()));
    Mocks.register("deadline", deadline);
    Mocks.register("legalReviewTimeLimits", new LegalReviewTimeLimits());
    Mocks.register("checkSubmissionCompletenessDelegate", new CheckSubmissionCompletenessDelegate());
    Mocks.register("applyCollectiveConclusionDelegate", new ApplyCollectiveConclusionDelegate(mock(CaseRecords.class)));
    Mocks.register("recordLegalReviewerTaskListener", new RecordLegalReviewerTaskListener());
    Mocks.register("urgeCaseDelegate", mock(JavaDelegate.class));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aCompleteSubmissionIsApproved() {
    ProcessInstance review = request(true);
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_REVIEW_DECISION);
    assertThat(task()).hasCandidateGroup("legal-reviewers")
        .hasDueDate(deadline.workingDays(ClockUtil.getCurrentTime(), 7));
    BpmnAwareTests.taskService().claim(task().getId(), "jingan-reviewer");
    complete(task(), withVariables(Var.LEGAL_REVIEW_OUTCOME, Code.APPROVED));

    assertThat(review).isEnded().hasPassed(LegalReviewProcess.END_EVENT_REVIEW_APPROVED)
        .variables().containsEntry(Var.LEGAL_REVIEWER, "jingan-reviewer");
  }

  @Test
  void anIncompleteSubmissionIsSupplementedFirst() {
    ProcessInstance review = request(false);
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION)
        .variables().containsEntry(Var.MISSING_ITEMS, "法律依据、拟罚款金额（元）");
    assertThat(task()).isAssignedTo("jingan-handler");
    complete(task(), withVariables(Var.LEGAL_BASIS, "《安全生产法》第一百零二条", Var.PROPOSED_FINE_YUAN, 50000));

    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_REVIEW_DECISION);
  }

  @Test
  void aReturnedReviewIsSupplementedAndReviewedAgain() {
    ProcessInstance review = request(true);
    complete(task(), withVariables(Var.LEGAL_REVIEW_OUTCOME, Code.RETURNED, Var.LEGAL_REVIEW_OPINION, "证据不足"));
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_SUPPLEMENT_SUBMISSION);
    complete(task(), withVariables(CommonVariables.OPINION, "已补充询问笔录"));
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_REVIEW_DECISION);
  }

  @Test
  void aRejectionUpheldByTheLeadersEndsWithoutApproval() {
    ProcessInstance review = rejected();
    complete(task(), withVariables(Var.COORDINATION_DECISION, Code.UPHOLD_REJECTION, Var.COORDINATION_OPINION, "维持"));
    assertThat(review).isEnded().hasPassed(LegalReviewProcess.END_EVENT_REVIEW_REJECTED)
        .variables().containsEntry(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED);
  }

  @Test
  void aCollectiveDiscussionCanApprove() {
    ProcessInstance review = rejected();
    complete(task(), withVariables(Var.COORDINATION_DECISION, Code.COLLECTIVE_DISCUSSION, Var.COORDINATION_OPINION,
        "提交集体讨论"));
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_COLLECTIVE_DISCUSSION);
    complete(task(), withVariables(Var.DISCUSSION_PARTICIPANTS, "a,b,c", Var.DISCUSSION_MINUTES, "同意从轻处罚",
        Var.COLLECTIVE_CONCLUSION, Code.APPROVED));
    assertThat(review).isEnded().hasPassed(LegalReviewProcess.END_EVENT_REVIEW_APPROVED)
        .variables().containsEntry(Var.LEGAL_REVIEW_OUTCOME, Code.APPROVED);
  }

  @Test
  void aCollectiveDiscussionCanReject() {
    ProcessInstance review = rejected();
    complete(task(), withVariables(Var.COORDINATION_DECISION, Code.COLLECTIVE_DISCUSSION, Var.COORDINATION_OPINION,
        "提交集体讨论"));
    complete(task(), withVariables(Var.DISCUSSION_PARTICIPANTS, "a,b,c", Var.DISCUSSION_MINUTES, "依据不足",
        Var.COLLECTIVE_CONCLUSION, Code.REJECTED));
    assertThat(review).isEnded().hasPassed(LegalReviewProcess.END_EVENT_REVIEW_REJECTED)
        .variables().containsEntry(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED);
  }

  @Test
  void theReminderUrgesBeforeTheReviewIsDue() {
    ProcessInstance review = request(true);
    Assertions.assertThat(job().getDuedate())
        .isEqualTo(deadline.workingDaysBefore(deadline.workingDays(ClockUtil.getCurrentTime(), 7), 2));
    execute(job());
    assertThat(review).hasPassed(LegalReviewProcess.SERVICE_TASK_URGE_REVIEW, LegalReviewProcess.END_EVENT_REVIEW_URGED)
        .isWaitingAt(LegalReviewProcess.USER_TASK_REVIEW_DECISION);
  }

  private ProcessInstance rejected() {
    ProcessInstance review = request(true);
    complete(task(), withVariables(Var.LEGAL_REVIEW_OUTCOME, Code.REJECTED, Var.LEGAL_REVIEW_OPINION, "处罚明显过重"));
    assertThat(review).isWaitingAt(LegalReviewProcess.USER_TASK_COORDINATE_REJECTION);
    assertThat(task()).hasCandidateGroup("leaders");
    return review;
  }

  private static ProcessInstance request(boolean complete) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.CASE_NO, "PN-JINGAN-2026-000001");
    variables.put(Var.DECISION_TYPE, DecisionType.FINE.code());
    variables.put(Var.DRAFT_DECISION, "对该公司处以罚款");
    variables.put(Var.HANDLER, "jingan-handler");
    if (complete) {
      variables.put(Var.LEGAL_BASIS, "《安全生产法》第一百零二条");
      variables.put(Var.PROPOSED_FINE_YUAN, 50000);
    }
    ProcessInstance review = runtimeService().startProcessInstanceByKey(LegalReviewProcess.PROCESS_KEY, variables);
    assertThat(review).isStarted();
    return review;
  }
}
