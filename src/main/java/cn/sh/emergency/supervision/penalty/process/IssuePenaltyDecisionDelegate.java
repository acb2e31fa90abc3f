package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 行政处罚决定书: the party's decision under the next decision number of the district and year. */
@Component("issuePenaltyDecisionDelegate")
class IssuePenaltyDecisionDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Deadline deadline;
  private final ClosureReferrals closureReferrals;
  private final PrincipalBans principalBans;

  IssuePenaltyDecisionDelegate(PenaltyCases cases, Deadline deadline, ClosureReferrals closureReferrals,
                               PrincipalBans principalBans) {
    this.cases = cases;
    this.deadline = deadline;
    this.closureReferrals = closureReferrals;
    this.principalBans = principalBans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long fine = Typed.PROPOSED_FINE_YUAN.from(execution).get().longValue();
    LocalDate today = deadline.dayOf(Date.from(EngineClock.now()));
    Long partyId = PartyOfStep.of(execution, cases);
    String decisionNo = cases.decide(partyId, fine,
        number(Typed.FINE_MIN_YUAN.from(execution).getOrNull()),
        number(Typed.FINE_MAX_YUAN.from(execution).getOrNull()),
        District.of(CommonVariables.Typed.DISTRICT.from(execution).getOrNull()), today,
        StepRecords.bySystem(execution, RecordKind.DECISION, null, null,
            Typed.DRAFT_DECISION.from(execution).getOrNull(), Map.of()));
    Typed.DECISION_NO.on(execution).set(decisionNo);
    Typed.FINE_YUAN.on(execution).set(fine);
    closureReferrals.afterDecision(execution, partyId);
    principalBans.afterDecision(partyId, Typed.ACCIDENT_GRADE.from(execution).getOrNull(), decisionNo,
        EngineUsers.SYSTEM, EngineClock.now());
  }

  private static Long number(Number value) {
    return value == null ? null : value.longValue();
  }
}
