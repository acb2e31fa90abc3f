package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Var;
import cn.sh.emergency.supervision.shared.Coded;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 材料完整性审查: lists what the submission lacks; an incomplete one goes back to the handler to supplement. */
@Component("checkSubmissionCompletenessDelegate")
class CheckSubmissionCompletenessDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing = new ArrayList<>();
    Object type = execution.getVariable(Var.DECISION_TYPE);
    if (Coded.find(DecisionType.class, type).isEmpty()) {
      missing.add("决定类型");
    }
    if (blank(execution.getVariable(Var.DRAFT_DECISION))) {
      missing.add("拟作出的决定");
    }
    if (blank(execution.getVariable(Var.LEGAL_BASIS))) {
      missing.add("法律依据");
    }
    if (blank(execution.getVariable(Var.HANDLER))) {
      missing.add("承办人");
    }
    if (DecisionType.FINE.code().equals(String.valueOf(type))
        && !positive(execution.getVariable(Var.PROPOSED_FINE_YUAN))) {
      missing.add("拟罚款金额（元）");
    }
    execution.setVariable(Var.SUBMISSION_COMPLETE, missing.isEmpty());
    execution.setVariable(Var.MISSING_ITEMS, String.join("、", missing));
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static boolean positive(Object value) {
    try {
      return value != null && Long.parseLong(value.toString().trim()) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
