package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.PreservationProcess;
import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts 先行登记保存 (行政处罚法 art. 56) for a penalty case that is registered and still open: the leaders approve it,
 * the handler decides on the items within 7 working days ({@code evidence-preservation}).
 */
@Component
public class PreservationIntake {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  PreservationIntake(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The case the caller may see (checked before); returns the new preservation's process instance id. */
  public String request(CaseSummary penaltyCase, String items, String reason) {
    String caseNo = penaltyCase.caseNo();
    if (!CaseType.PN.name().equals(penaltyCase.caseType())) {
      throw new ConflictException("先行登记保存只适用于行政处罚案件：" + caseNo);
    }
    if (penaltyCase.closedAt() != null) {
      throw new ConflictException("案件已办结，不能先行登记保存：" + caseNo);
    }
    if (!registered(caseNo)) {
      throw new ConflictException("案件尚未立案，不能先行登记保存：" + caseNo);
    }
    Map<String, Object> variables = CaseProcessVariables.of(penaltyCase);
    variables.put(PreservationProcess.Var.PRESERVED_ITEMS, items.trim());
    variables.put(PreservationProcess.Var.PRESERVATION_REASON, reason.trim());
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(PreservationProcess.PROCESS_KEY, caseNo,
        variables)).getId();
  }

  /** The case's dual-penalty process is running and past 立案. */
  private boolean registered(String caseNo) {
    return SystemContext.asSystem(identityService, () -> {
      ProcessInstance penalty = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(DualPenaltyProcess.PROCESS_KEY).processInstanceBusinessKey(caseNo).active()
          .singleResult();
      return penalty != null
          && runtimeService.getVariable(penalty.getId(), DualPenaltyProcess.Var.REGISTERED_AT) != null;
    });
  }
}
