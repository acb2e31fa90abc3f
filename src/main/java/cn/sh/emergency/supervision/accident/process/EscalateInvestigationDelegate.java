package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
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
    String reason = Typed.ESCALATION_REASON.from(execution).getOrNull();
    InvestigatingLevel from = InvestigatingLevel.valueOf(Typed.INVESTIGATING_LEVEL.from(execution).getOrNull());
    InvestigatingLevel to = from.next();
    Typed.INVESTIGATING_LEVEL.on(execution).set(to.name());
    Typed.ESCALATED.on(execution).set(true);
    Typed.ESCALATION_REASON.on(execution).set(reason);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.markEscalated(caseNo);
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION,
        "提级调查：" + from.chineseName() + " → " + to.chineseName(), "ESCALATED", reason,
        Map.of("from", from.name(), "to", to.name())).withOutcomeName("提级调查"));
  }
}
