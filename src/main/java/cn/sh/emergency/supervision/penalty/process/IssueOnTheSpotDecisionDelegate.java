package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess.Typed;
import cn.sh.emergency.supervision.penalty.OnTheSpotProcess.Var;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.penalty.PartyStatus;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.SummaryPenalty;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 当场作出行政处罚决定 (行政处罚法 art. 52): the party registered with the case, the decision numbered in the district's
 * series and handed over on the spot — a fine is then due within 15 days (art. 67), a warning is carried out with it.
 */
@Component("issueOnTheSpotDecisionDelegate")
class IssueOnTheSpotDecisionDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final Deadline deadline;

  IssueOnTheSpotDecisionDelegate(PenaltyCases cases, Deadline deadline) {
    this.cases = cases;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    PartyKind kind = PartyKind.valueOf(Typed.PARTY_KIND.from(execution).get());
    Party party = kind == PartyKind.UNIT
        ? new Party(kind, CommonVariables.Typed.ENTERPRISE_NAME.from(execution).get(),
            CommonVariables.Typed.ENTERPRISE_USCC.from(execution).getOrNull(), null, null, null,
            Typed.LEGAL_BASIS.from(execution).get())
        : new Party(kind, Typed.PARTY_NAME.from(execution).get(), null, Typed.PARTY_ID_NUMBER.from(execution).get(),
            null, null, Typed.LEGAL_BASIS.from(execution).get());
    cases.register(caseNo, List.of(party));
    Long partyId = cases.partyIds(caseNo).get(0);
    boolean fine = SummaryPenalty.FINE.code().equals(Typed.SUMMARY_PENALTY.from(execution).get());
    long fineYuan = fine ? Typed.FINE_YUAN.from(execution).get().longValue() : 0L;
    Date now = Date.from(EngineClock.now());
    LocalDate today = deadline.dayOf(now);
    String decisionNo = cases.decide(partyId, fineYuan, null, null,
        District.of(CommonVariables.Typed.DISTRICT.from(execution).get()), today,
        StepRecords.bySystem(execution, RecordKind.DECISION, null, null,
            Typed.VIOLATION_FACTS.from(execution).get(), Map.of("summaryProcedure", true)));
    execution.setVariable(Var.PARTY_ID, partyId);
    execution.setVariable(Var.DECISION_NO, decisionNo);
    execution.setVariable(Var.DECIDED_AT, now);
    if (fine) {
      Date paymentDueAt = deadline.days(today, cases.paymentDays());
      cases.served(partyId, today, deadline.dayOf(paymentDueAt));
      DualPenaltyProcess.Typed.PAYMENT_DUE_AT.on(execution).set(paymentDueAt);
    } else {
      cases.conclude(partyId, PartyStatus.EXECUTED, StepRecords.bySystem(execution, RecordKind.ENFORCEMENT, null, null,
          null, Map.of()));
    }
  }
}
