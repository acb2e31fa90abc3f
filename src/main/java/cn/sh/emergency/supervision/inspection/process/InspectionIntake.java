package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.inspection.InspectionApplication;
import cn.sh.emergency.supervision.inspection.InspectionProcess;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Applies for an inspection's 检查码 as the requesting user: the engine checks the permission to start, the submission
 * rules the application, the case file numbers the case, and the code is issued in the same transaction.
 */
@Component
public class InspectionIntake {

  private final RuntimeService runtimeService;

  InspectionIntake(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Returns the case number. */
  public String apply(InspectionApplication application) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, application.district());
    variables.put(CommonVariables.ENTERPRISE_USCC, application.enterpriseUscc());
    variables.put(Var.INSPECTION_BASIS, application.inspectionBasis());
    variables.put(Var.PLAN_NO, application.planNo());
    variables.put(Var.DRAW_NO, application.drawNo());
    variables.put(Var.BASIS_REASON, application.basisReason());
    variables.put(Var.PLANNED_ON, application.plannedOn().toString());
    variables.put(Var.INSPECTORS, String.join(",", application.inspectors()));
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(InspectionProcess.PROCESS_KEY, variables))
        .getBusinessKey();
  }
}
