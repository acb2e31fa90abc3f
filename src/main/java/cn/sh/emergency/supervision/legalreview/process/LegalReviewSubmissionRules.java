package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.legalreview.CollectiveDiscussion;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.ReviewItem;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineEvents;
import cn.sh.emergency.supervision.shared.process.SubmissionRules;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the legal review's decisions: an approval needs every review item checked; a return or
 * rejection needs the reviewer's opinion; a collective discussion needs at least three leaders, minutes and a
 * conclusion. The request names its party as every lifecycle does (no invisible characters, one spelling).
 */
@Component
class LegalReviewSubmissionRules implements SubmissionRules {

  private static final Map<String, String> REVIEW_ITEMS = Map.of(
      ReviewItem.AUTHORITY, "执法主体与执法人员资格", ReviewItem.PROCEDURE, "执法程序", ReviewItem.FACTS, "案件事实",
      ReviewItem.EVIDENCE, "证据", ReviewItem.LEGAL_BASIS, "法律依据", ReviewItem.DISCRETION, "自由裁量",
      ReviewItem.DOCUMENTS, "执法文书", ReviewItem.CRIME_TRANSFER, "涉嫌犯罪移送");

  private final DistrictPeople people;

  LegalReviewSubmissionRules(DistrictPeople people) {
    this.people = people;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(LegalReviewProcess.PROCESS_KEY, LegalReviewProcess.PUBLICATION_PROCESS_KEY);
  }

  /** A review's request; a publication starts from a decision the server checked already. */
  @Override
  public void start(VariableChecks checks, DelegateExecution execution) {
    if (EngineEvents.isOf(execution.getProcessDefinitionId(), LegalReviewProcess.PROCESS_KEY)) {
      checks.partyName(CommonVariables.ENTERPRISE_NAME, "当事人（单位）名称")
          .partyCode(CommonVariables.ENTERPRISE_USCC, "统一社会信用代码");
    }
  }

  @Override
  public void task(String taskKey, VariableChecks checks, DelegateTask task) {
    switch (taskKey) {
      case LegalReviewProcess.USER_TASK_REVIEW_DECISION -> {
        checks.oneOf(Var.LEGAL_REVIEW_OUTCOME, "审核结论", Code.APPROVED, Code.RETURNED, Code.REJECTED);
        if (checks.is(Var.LEGAL_REVIEW_OUTCOME, Code.APPROVED)) {
          REVIEW_ITEMS.entrySet().stream().sorted(Map.Entry.comparingByKey())
              .forEach(item -> checks.confirmed(item.getKey(), "审核事项「" + item.getValue() + "」"));
        } else if (checks.text(Var.LEGAL_REVIEW_OUTCOME) != null) {
          checks.required(Var.LEGAL_REVIEW_OPINION, "法制审核意见");
        }
      }
      case LegalReviewProcess.USER_TASK_COORDINATE_REJECTION -> checks
          .oneOf(Var.COORDINATION_DECISION, "协调结果", Code.UPHOLD_REJECTION, Code.COLLECTIVE_DISCUSSION)
          .required(Var.COORDINATION_OPINION, "协调意见");
      case LegalReviewProcess.USER_TASK_COLLECTIVE_DISCUSSION -> {
        checks.required(Var.DISCUSSION_MINUTES, "讨论记录")
            .oneOf(Var.COLLECTIVE_CONCLUSION, "讨论结论", Code.APPROVED, Code.REJECTED);
        participantsProblem(checks.text(Var.DISCUSSION_PARTICIPANTS), task.getTenantId()).ifPresent(checks::problem);
      }
      case LegalReviewProcess.USER_TASK_PUBLISH_DECISION -> checks.confirmed(
          LegalReviewProcess.PublicationVar.PUBLICATION_CONFIRMED, "已核对公示内容");
      default -> { }
    }
  }

  /** Only leaders of the case's district or of the city: those the discussion's picker offers. */
  private Optional<String> participantsProblem(String participants, String district) {
    return CollectiveDiscussion.participantsProblem(participants, people.ids(StaffRole.LEADER, district)::contains);
  }
}
