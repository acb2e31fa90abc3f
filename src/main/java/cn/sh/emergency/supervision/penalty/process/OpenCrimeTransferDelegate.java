package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The crime screening found a threshold met and the case has no transfer yet: the suspected parties' decisions are
 * held and 涉嫌犯罪案件移送 opens, with the offence and the threshold for the handlers' written report. Recorded.
 */
@Component("openCrimeTransferDelegate")
class OpenCrimeTransferDelegate implements JavaDelegate {

  private final CrimeTransfers transfers;
  private final CaseRecords caseRecords;

  OpenCrimeTransferDelegate(CrimeTransfers transfers, CaseRecords caseRecords) {
    this.transfers = transfers;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String offence = Typed.SUSPECTED_OFFENCE.from(execution).getOrNull();
    String threshold = Typed.CRIME_THRESHOLD.from(execution).getOrNull();
    boolean unit = Typed.UNIT_SUSPECTED.from(execution).getOrDefault(false);
    transfers.openFromCase(execution.getProcessInstance(), caseNo,
        CommonVariables.Typed.DISTRICT.from(execution).getOrNull(),
        CommonVariables.Typed.ENTERPRISE_NAME.from(execution).getOrNull(), offence, threshold, unit);
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.REFERRAL, null, Var.SUSPECTED_CRIME,
        offence + "：" + threshold + (unit ? "；单位和责任人员的处罚决定暂停作出" : "；责任人员的处罚决定暂停作出"),
        Map.of(Var.SUSPECTED_OFFENCE, offence, Var.CRIME_THRESHOLD, threshold))
        .withOutcomeName("涉嫌犯罪，启动移送"));
  }
}
