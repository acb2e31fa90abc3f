package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 销号 (and 摘牌 for a listed hazard): the ledger shows the hazard closed and whether it was rectified on time. */
@Component("closeHazardDelegate")
class CloseHazardDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  CloseHazardDelegate(CaseFile caseFile, CaseRecords caseRecords) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    boolean onTime = Typed.RECTIFIED_ON_TIME.from(execution).getOrDefault(false);
    caseFile.markListed(caseNo, false, EngineClock.now());
    caseFile.markOnTime(caseNo, onTime);
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null, null, "隐患销号",
        Map.of(Var.RECTIFIED_ON_TIME, onTime)));
  }
}
