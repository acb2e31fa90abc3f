package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
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
    List<String> reasons = proposals.reasons(caseNo, (String) execution.getVariable(CommonVariables.ENTERPRISE_USCC),
        AccidentTimes.instant(execution.getVariable(Var.OCCURRED_AT), "事故发生时间"),
        Boolean.TRUE.equals(execution.getVariable(Var.LATE_REPORT)),
        Boolean.TRUE.equals(execution.getVariable(Var.CONCEALMENT_SUSPECTED)));
    execution.setVariable(Var.ESCALATION_PROPOSED, !reasons.isEmpty());
    execution.setVariable(Var.ESCALATION_REASONS, reasons.isEmpty() ? "无" : String.join("；", reasons));
    caseFile.grade(caseNo, (String) execution.getVariable(Var.GRADE));
  }
}
