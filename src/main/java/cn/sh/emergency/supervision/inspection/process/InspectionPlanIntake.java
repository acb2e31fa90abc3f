package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.inspection.InspectionPlanDraft;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess;
import cn.sh.emergency.supervision.inspection.InspectionPlanProcess.Var;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Drafts an inspection plan as the requesting user (a section chief): the engine checks the permission to start, the
 * submission rules the scope, the case file numbers the plan, and it is composed in the same transaction.
 */
@Component
public class InspectionPlanIntake {

  private final RuntimeService runtimeService;

  InspectionPlanIntake(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Returns the plan's case number. */
  public String draft(InspectionPlanDraft draft) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, draft.district());
    variables.put(Var.PLAN_KIND, draft.planKind());
    variables.put(Var.PLAN_TITLE, draft.title());
    variables.put(Var.PERIOD_FROM, draft.periodFrom() == null ? null : draft.periodFrom().toString());
    variables.put(Var.PERIOD_TO, draft.periodTo() == null ? null : draft.periodTo().toString());
    variables.put(Var.PLAN_SECTORS, draft.sectors() == null ? "" : String.join(",", draft.sectors()));
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(InspectionPlanProcess.PROCESS_KEY,
        variables)).getBusinessKey();
  }
}
