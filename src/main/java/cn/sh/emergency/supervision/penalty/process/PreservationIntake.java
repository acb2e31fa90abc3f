package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.penalty.PreservationProcess;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts 先行登记保存 (行政处罚法 art. 56) for a penalty case that is registered and still open: the leaders approve it,
 * the handler decides on the items within 7 working days ({@code evidence-preservation}).
 */
@Component
public class PreservationIntake {

  private final RuntimeService runtimeService;
  private final RegisteredPenaltyCases registeredCases;

  PreservationIntake(RuntimeService runtimeService, RegisteredPenaltyCases registeredCases) {
    this.runtimeService = runtimeService;
    this.registeredCases = registeredCases;
  }

  /** The case the caller may see (checked before); returns the new preservation's process instance id. */
  public String request(CaseSummary penaltyCase, String items, String reason) {
    String caseNo = penaltyCase.caseNo();
    registeredCases.require(penaltyCase, "先行登记保存");
    Map<String, Object> variables = CaseProcessVariables.of(penaltyCase);
    variables.put(PreservationProcess.Var.PRESERVED_ITEMS, items.trim());
    variables.put(PreservationProcess.Var.PRESERVATION_REASON, reason.trim());
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(PreservationProcess.PROCESS_KEY, caseNo,
        variables)).getId();
  }

}
