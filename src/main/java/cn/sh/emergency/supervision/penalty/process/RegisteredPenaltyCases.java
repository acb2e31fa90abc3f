package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What a step asked for during a penalty case (先行登记保存, 移送司法机关) needs first: a penalty case, still open,
 * registered (立案). Read on the system's behalf: the caller's right to the case was checked before.
 */
@Component
class RegisteredPenaltyCases {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  RegisteredPenaltyCases(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The case's running dual-penalty instance; 409 naming the {@code action} that cannot be done otherwise. */
  ProcessInstance require(CaseSummary penaltyCase, String action) {
    String caseNo = penaltyCase.caseNo();
    if (!CaseType.PN.name().equals(penaltyCase.caseType())) {
      throw new ConflictException(action + "只适用于行政处罚案件：" + caseNo);
    }
    if (penaltyCase.closedAt() != null) {
      throw new ConflictException("案件已办结，不能" + action + "：" + caseNo);
    }
    ProcessInstance penalty = SystemContext.asSystem(identityService, () -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey(DualPenaltyProcess.PROCESS_KEY)
        .processInstanceBusinessKey(caseNo).active().singleResult());
    if (penalty == null || variable(penalty, DualPenaltyProcess.Var.REGISTERED_AT) == null) {
      throw new ConflictException("案件尚未立案，不能" + action + "：" + caseNo);
    }
    return penalty;
  }

  /** A variable of the case's instance, read as the system. */
  Object variable(ProcessInstance penalty, String name) {
    return SystemContext.asSystem(identityService, () -> runtimeService.getVariable(penalty.getId(), name));
  }
}
