package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PartyStatus;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The party's part of the case has ended: paid in full, or handed to the court for enforcement. */
@Component("concludePartyDelegate")
class ConcludePartyDelegate implements JavaDelegate {

  private final PenaltyCases cases;

  ConcludePartyDelegate(PenaltyCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartyStatus conclusion = PartyStatus.valueOf(Typed.PARTY_CONCLUSION.from(execution).getOrNull());
    String court = Typed.COURT_NAME.from(execution).getOrNull();
    cases.conclude(PartyOfStep.of(execution, cases), conclusion, StepRecords.bySystem(execution,
        RecordKind.ENFORCEMENT, null, null, null, court == null ? Map.of() : Map.of("court", court)));
  }
}
