package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.Parties;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the unit and the responsible persons of the case (checked already when the case was proposed). */
@Component("recordPartiesDelegate")
class RecordPartiesDelegate implements JavaDelegate {

  private final PenaltyCases cases;

  RecordPartiesDelegate(PenaltyCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Party> parties = PartyVariables.read(execution);
    cases.register(StepRecords.caseNo(execution).orElseThrow(), parties);
    Typed.PARTIES.on(execution).set(Parties.toJson(parties));
  }
}
