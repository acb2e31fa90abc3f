package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.DecisionForPublication;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationVar;
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
        text(execution, CommonVariables.CASE_NO), text(execution, CommonVariables.DISTRICT),
        text(execution, PublicationVar.DECISION_NO), deadline.dayOf(execution.getVariable(PublicationVar.DECISION_DATE)),
        text(execution, PublicationVar.UNIT_NAME), persons(text(execution, PublicationVar.PERSONS)),
        text(execution, PublicationVar.VIOLATION), text(execution, PublicationVar.LEGAL_BASIS),
        text(execution, PublicationVar.PENALTY));
    publications.publish(decision, deadline.workingDays(decision.decisionDate(), limits.getPublicationWorkingDays())
        .toInstant(), EngineUsers.currentOr(execution.getProcessEngineServices().getIdentityService(), null));
  }

  static List<String> persons(String names) {
    return names == null ? List.of()
        : Arrays.stream(names.split("[、,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
