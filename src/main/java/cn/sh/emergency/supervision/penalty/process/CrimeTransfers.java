package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.CrimeTransferProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Code;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens 涉嫌犯罪案件移送 ({@code crime-transfer}) for a penalty case: from the case itself when the crime screening
 * finds a threshold met, or at a handler's request. Opening holds the decisions of the suspected parties
 * ({@link Var#CRIME_TRANSFER_STATUS}): 行政处罚法 art. 27 and 国务院令第310号 art. 11 forbid settling a suspected
 * crime by an administrative penalty instead; decisions already made stay in force.
 */
@Component
public class CrimeTransfers {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final RegisteredPenaltyCases registeredCases;

  CrimeTransfers(RuntimeService runtimeService, IdentityService identityService,
                 RegisteredPenaltyCases registeredCases) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.registeredCases = registeredCases;
  }

  /**
   * A handler's request for a case the caller may see (checked before): 409 unless it is a registered, open penalty
   * case without a transfer under way. Returns the transfer's process instance id.
   */
  @Transactional
  public String request(CaseSummary penaltyCase, String offence, String reason, boolean unitSuspected) {
    String caseNo = penaltyCase.caseNo();
    ProcessInstance penalty = registeredCases.require(penaltyCase, "移送司法机关");
    if (Code.TRANSFER_PENDING.equals(registeredCases.variable(penalty, Var.CRIME_TRANSFER_STATUS))) {
      throw new ConflictException("案件已在移送司法机关程序中：" + caseNo);
    }
    SystemContext.asSystem(identityService, () -> {
      runtimeService.setVariables(penalty.getId(), holding(unitSuspected));
      return null;
    });
    return start(caseNo, penaltyCase.district(), penaltyCase.enterpriseName(), offence, reason);
  }

  /** From the penalty case's own step: its variables hold the screening's offence and threshold. */
  void openFromCase(VariableScope penaltyCase, String caseNo, String district, String enterpriseName,
                    String offence, String threshold, boolean unitSuspected) {
    penaltyCase.setVariables(holding(unitSuspected));
    start(caseNo, district, enterpriseName, offence, threshold);
  }

  private static Map<String, Object> holding(boolean unitSuspected) {
    Map<String, Object> hold = new HashMap<>();
    hold.put(Var.CRIME_TRANSFER_STATUS, Code.TRANSFER_PENDING);
    hold.put(Var.CRIME_TRANSFER_HOLDS_UNIT, unitSuspected);
    hold.put(Var.CRIME_TRANSFER_CONCLUSION, null);
    hold.put(Var.CRIMINAL_OUTCOME, null);
    return hold;
  }

  private String start(String caseNo, String district, String enterpriseName, String offence, String threshold) {
    Map<String, Object> variables = CaseProcessVariables.of(caseNo, district, enterpriseName);
    variables.put(CrimeTransferProcess.Var.SUSPECTED_OFFENCE, offence);
    variables.put(CrimeTransferProcess.Var.CRIME_THRESHOLD, threshold);
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(CrimeTransferProcess.PROCESS_KEY, caseNo,
        variables)).getId();
  }

}
