package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Typed;
import cn.sh.emergency.supervision.inspection.Inspections;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The code's time ran out before anyone inspected: it is void, and its page says so. Recorded in the case. */
@Component("voidInspectionCodeDelegate")
class VoidInspectionCodeDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final CaseRecords caseRecords;

  VoidInspectionCodeDelegate(Inspections inspections, CaseRecords caseRecords) {
    this.inspections = inspections;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    inspections.voidCode(caseNo);
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null, "VOIDED",
        "检查码" + Typed.INSPECTION_CODE.from(execution).getOrNull() + "有效期（至"
            + Typed.CODE_VALID_UNTIL.from(execution).getOrNull() + "）内未进行现场检查，已作废", Map.of())
        .withOutcomeName("检查码作废"));
  }
}
