package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.accident.InvestigatingLevel;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提级调查: the investigation moves to the next level up, with the leaders' reason recorded. */
@Component("escalateInvestigationDelegate")
class EscalateInvestigationDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  EscalateInvestigationDelegate(CaseFile caseFile, CaseRecords caseRecords) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(Var.ESCALATION_REASON);
    InvestigatingLevel from = InvestigatingLevel.valueOf((String) execution.getVariable(Var.INVESTIGATING_LEVEL));
    InvestigatingLevel to = from.next();
    execution.setVariable(Var.INVESTIGATING_LEVEL, to.name());
    execution.setVariable(Var.ESCALATED, true);
    execution.setVariable(Var.ESCALATION_REASON, reason);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.markEscalated(caseNo);
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION,
        "提级调查：" + from.chineseName() + " → " + to.chineseName(), "ESCALATED", reason,
        Map.of("from", from.name(), "to", to.name())));
  }
}
