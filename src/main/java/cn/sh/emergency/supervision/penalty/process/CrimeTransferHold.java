package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PartyKind;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Whether a party's decision waits for the case's crime transfer ({@code ${crimeTransferHold.holds(execution)}} in
 * {@code dual-penalty}, and the decision step's check): while a transfer is under way the persons' decisions wait,
 * the unit's only when it is suspected too. No decision settles a suspected crime instead of its transfer
 * (行政处罚法 art. 27; 国务院令第310号 art. 11).
 */
@Component("crimeTransferHold")
public class CrimeTransferHold {

  /** The scope of one party's decision (its {@code partyKind}) in a dual-penalty case. */
  public boolean holds(VariableScope party) {
    if (!Code.TRANSFER_PENDING.equals(Typed.CRIME_TRANSFER_STATUS.from(party).getOrNull())) {
      return false;
    }
    return !PartyKind.UNIT.code().equals(party.getVariable(Var.PARTY_KIND))
        || Typed.CRIME_TRANSFER_HOLDS_UNIT.from(party).getOrDefault(false);
  }
}
