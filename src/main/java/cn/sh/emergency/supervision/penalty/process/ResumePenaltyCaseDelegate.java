package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.BanBasis;
import cn.sh.emergency.supervision.penalty.CriminalOutcome;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Code;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The transfer has ended — not approved, not opened by the public security organ, or the criminal proceedings over:
 * the penalty case learns how ({@code crimeTransferConclusion}, {@code criminalOutcome}) and every party waiting for
 * its decision goes on (after a sentence, back to its proposal). Recorded in the case, with the ban of a sentenced
 * principal (任职限制, 安全生产法 art. 94 para. 3).
 */
@Component("resumePenaltyCaseDelegate")
class ResumePenaltyCaseDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final CaseRecords caseRecords;
  private final PrincipalBans principalBans;
  private final Deadline deadline;

  ResumePenaltyCaseDelegate(RuntimeService runtimeService, CaseRecords caseRecords, PrincipalBans principalBans,
                            Deadline deadline) {
    this.runtimeService = runtimeService;
    this.caseRecords = caseRecords;
    this.principalBans = principalBans;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String outcome = criminalOutcome(execution);
    String conclusion = conclusion(execution, outcome);
    Map<String, Object> resumed = new HashMap<>();
    resumed.put(DualPenaltyProcess.Var.CRIME_TRANSFER_STATUS, DualPenaltyProcess.Code.TRANSFER_CONCLUDED);
    resumed.put(DualPenaltyProcess.Var.CRIME_TRANSFER_CONCLUSION, conclusion);
    resumed.put(DualPenaltyProcess.Var.CRIMINAL_OUTCOME, outcome);
    ProcessInstance penalty = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).processInstanceBusinessKey(caseNo).singleResult();
    if (penalty != null) {
      runtimeService.setVariables(penalty.getId(), resumed);
      runtimeService.createMessageCorrelation(DualPenaltyProcess.MESSAGE_CRIME_TRANSFER_CONCLUDED)
          .processInstanceId(penalty.getId()).correlateAll();
    }
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null,
        outcome != null ? outcome : DualPenaltyProcess.Code.TRANSFER_CONCLUDED, conclusion, Map.of())
        .withOutcomeName(CriminalOutcome.SENTENCED.code().equals(outcome) ? "恢复办理，重新拟定处罚意见" : "恢复办理"));
    if (CriminalOutcome.SENTENCED.code().equals(outcome)
        && Boolean.TRUE.equals(Typed.PRINCIPAL_SENTENCED.from(execution).getOrNull())) {
      principalBans.record(principalBans.principal(caseNo, null), BanBasis.CRIMINAL_PENALTY,
          Typed.CRIMINAL_OUTCOME_DETAILS.from(execution).getOrNull(),
          deadline.dayOf(Typed.SENTENCE_COMPLETED_ON.from(execution).getOrNull()), EngineUsers.SYSTEM,
          EngineClock.now());
    }
  }

  /** The criminal outcome, only when the organ opened a case (a refused or unopened transfer has none). */
  private static String criminalOutcome(DelegateExecution execution) {
    return Code.FILED.equals(Typed.POLICE_DECISION.from(execution).getOrNull())
        ? Typed.CRIMINAL_OUTCOME.from(execution).getOrNull() : null;
  }

  private static String conclusion(DelegateExecution execution, String outcome) {
    String opinion = CommonVariables.Typed.OPINION.from(execution).getOrNull();
    if (Code.REFUSED.equals(Typed.TRANSFER_APPROVAL.from(execution).getOrNull())) {
      return "不批准移送" + (opinion == null || opinion.isBlank() ? "" : "：" + opinion);
    }
    if (outcome == null) {
      return Typed.POLICE_ORGAN.from(execution).getOrNull() + "不予立案：" + opinion;
    }
    return Coded.nameOf(CriminalOutcome.class, outcome) + "："
        + Typed.CRIMINAL_OUTCOME_DETAILS.from(execution).getOrNull();
  }
}
