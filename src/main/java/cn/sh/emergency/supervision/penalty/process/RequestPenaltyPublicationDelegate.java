package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.legalreview.DecisionRequest;
import cn.sh.emergency.supervision.legalreview.PublicationRequested;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PartyView;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 行政执法公示 of one party's decision: the unit under its name; a person under the unit's name with the person's
 * name (masked when published, the identity number never passed on).
 */
@Component("requestPenaltyPublicationDelegate")
class RequestPenaltyPublicationDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final ApplicationEventPublisher events;

  RequestPenaltyPublicationDelegate(PenaltyCases cases, ApplicationEventPublisher events) {
    this.cases = cases;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartyView party = cases.party(PartyOfStep.of(execution, cases));
    List<DecisionRequest.Person> persons = party.kind().isPerson()
        ? List.of(new DecisionRequest.Person(party.name(), null)) : List.of();
    DecisionRequest decision = new DecisionRequest(party.decisionNo(), party.decidedOn(),
        CommonVariables.Typed.ENTERPRISE_NAME.from(execution).getOrNull(), persons,
        Typed.VIOLATION_FACTS.from(execution).getOrNull(), Typed.LEGAL_BASIS.from(execution).getOrNull(),
        "罚款人民币" + party.fineYuan() + "元");
    events.publishEvent(new PublicationRequested(CommonVariables.Typed.CASE_NO.from(execution).getOrNull(),
        CommonVariables.Typed.DISTRICT.from(execution).getOrNull(), decision));
  }
}
