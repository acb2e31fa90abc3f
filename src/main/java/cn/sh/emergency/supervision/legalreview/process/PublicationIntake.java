package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.DecisionRequest;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.PublicationVar;
import cn.sh.emergency.supervision.legalreview.PersonNames;
import cn.sh.emergency.supervision.legalreview.PublicText;
import cn.sh.emergency.supervision.legalreview.PublicationRequested;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.PartyNames;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the publicity of a decision: the handler checks and publishes it within 7 working days of the decision. */
@Component
public class PublicationIntake {

  private final RuntimeService runtimeService;

  PublicationIntake(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  public void on(PublicationRequested request) {
    start(request.caseNo(), request.district(), request.decision());
  }

  public void start(String caseNo, String district, DecisionRequest decision) {
    List<String> names = decision.persons() == null ? List.of()
        : decision.persons().stream().map(p -> PartyNames.checkedName("当事人姓名", p.name())).toList();
    String unitName = PartyNames.checkedName("单位名称", decision.unitName());
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.CASE_NO, caseNo);
    variables.put(CommonVariables.DISTRICT, district);
    variables.put(PublicationVar.DECISION_NO, decision.decisionNo().trim());
    // The decision's number in the task's name: the publications of a case's several decisions (a penalty case's
    // parties) are told apart in Tasklist's list.
    variables.put(CommonVariables.TASK_SUBJECT, decision.decisionNo().trim());
    variables.put(PublicationVar.DECISION_DATE, decision.decisionDate().toString());
    variables.put(PublicationVar.UNIT_NAME, unitName);
    variables.put(PublicationVar.PERSONS, String.join("、", names));
    variables.put(PublicationVar.PERSONS_PREVIEW, names.stream().map(PersonNames::mask).collect(Collectors.joining("、")));
    // What the public will read: the handler checks it as published (names, identity and mobile numbers and
    // individuals' addresses masked).
    variables.put(PublicationVar.VIOLATION, PublicText.of(decision.violation(), names));
    variables.put(PublicationVar.LEGAL_BASIS, PublicText.of(decision.legalBasis(), names));
    variables.put(PublicationVar.PENALTY, PublicText.of(decision.penalty(), names));
    EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(LegalReviewProcess.PUBLICATION_PROCESS_KEY,
        caseNo, variables));
  }
}
