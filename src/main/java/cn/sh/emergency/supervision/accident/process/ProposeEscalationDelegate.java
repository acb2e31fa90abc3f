package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.EscalationProposals;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The system's proposal for the leaders' escalation review, with its reasons; the ledger shows the grade. */
@Component("proposeEscalationDelegate")
class ProposeEscalationDelegate implements JavaDelegate {

  private final EscalationProposals proposals;
  private final CaseFile caseFile;

  ProposeEscalationDelegate(EscalationProposals proposals, CaseFile caseFile) {
    this.proposals = proposals;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    List<String> reasons = proposals.reasons(caseNo,
        CommonVariables.Typed.ENTERPRISE_USCC.from(execution).getOrNull(),
        AccidentTimes.instant(asSubmitted(Typed.OCCURRED_AT, execution), "事故发生时间"),
        Typed.LATE_REPORT.from(execution).getOrDefault(false),
        Typed.CONCEALMENT_SUSPECTED.from(execution).getOrDefault(false));
    Typed.ESCALATION_PROPOSED.on(execution).set(!reasons.isEmpty());
    Typed.ESCALATION_REASONS.on(execution).set(reasons.isEmpty() ? "无" : String.join("；", reasons));
    caseFile.grade(caseNo, Typed.GRADE.from(execution).getOrNull());
    caseFile.recordDeaths(caseNo, count(Typed.DEATHS.from(execution).getOrNull())
        + count(Typed.MISSING.from(execution).getOrNull()));
  }

  private static int count(Number value) {
    return value == null ? 0 : value.intValue();
  }
}
