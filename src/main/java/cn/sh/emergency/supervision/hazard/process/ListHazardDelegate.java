package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 挂牌督办: the approved major hazard is listed in the ledger and the listing recorded. */
@Component("listHazardDelegate")
class ListHazardDelegate implements JavaDelegate {

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  ListHazardDelegate(CaseFile caseFile, CaseRecords caseRecords) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.markListed(caseNo, true, EngineClock.now());
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put(Var.MEASURES_REQUIRED, Typed.MEASURES_REQUIRED.from(execution).getOrNull());
    notice.put(Var.SUSPENSION, Typed.SUSPENSION.from(execution).getOrNull());
    notice.put(Var.RECTIFICATION_DEADLINE, Typed.RECTIFICATION_DEADLINE.from(execution).getOrNull());
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null, null, "重大事故隐患挂牌督办",
        notice));
  }
}
