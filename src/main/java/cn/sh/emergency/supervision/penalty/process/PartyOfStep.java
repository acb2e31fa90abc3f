package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The party a party's sub-process acts on, checked against the instance's own case (never taken on trust). */
final class PartyOfStep {

  private PartyOfStep() {
  }

  static Long of(DelegateExecution execution, PenaltyCases cases) {
    return cases.partyOfCase(Typed.PARTY_ID.from(execution).getOrNull(), StepRecords.caseNo(execution).orElse(null));
  }
}
