package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.DecisionForPublication;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationTyped;
import cn.sh.emergency.supervision.legalreview.LegalReviewTimeLimits;
import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import org.springframework.stereotype.Component;

/** Publishes the confirmed decision; lateness is judged against 7 working days from the decision date. */
@Component("publishDecisionDelegate")
class PublishDecisionDelegate implements JavaDelegate {

  private final Publications publications;
  private final Deadline deadline;
  private final LegalReviewTimeLimits limits;

  PublishDecisionDelegate(Publications publications, Deadline deadline, LegalReviewTimeLimits limits) {
    this.publications = publications;
    this.deadline = deadline;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionForPublication decision = new DecisionForPublication(
        CommonVariables.Typed.CASE_NO.from(execution).getOrNull(),
        CommonVariables.Typed.DISTRICT.from(execution).getOrNull(),
        PublicationTyped.DECISION_NO.from(execution).getOrNull(),
        deadline.dayOf(PublicationTyped.DECISION_DATE.from(execution).getOrNull()),
        PublicationTyped.UNIT_NAME.from(execution).getOrNull(),
        persons(PublicationTyped.PERSONS.from(execution).getOrNull()),
        PublicationTyped.VIOLATION.from(execution).getOrNull(),
        PublicationTyped.LEGAL_BASIS.from(execution).getOrNull(),
        PublicationTyped.PENALTY.from(execution).getOrNull());
    publications.publish(decision, deadline.workingDays(decision.decisionDate(), limits.getPublicationWorkingDays())
        .toInstant(), EngineUsers.currentOr(execution.getProcessEngineServices().getIdentityService(), null));
  }

  static List<String> persons(String names) {
    return names == null ? List.of()
        : Arrays.stream(names.split("[、,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
