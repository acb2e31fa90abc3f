package cn.sh.emergency.supervision.legalreview.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Typed;
import cn.sh.emergency.supervision.shared.Coded;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 材料完整性审查: lists what the submission lacks; an incomplete one goes back to the handler to supplement. A fine
 * decision names its amount, unless the penalty case proposes no penalty.
 */
@Component("checkSubmissionCompletenessDelegate")
class CheckSubmissionCompletenessDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing = new ArrayList<>();
    String type = Typed.DECISION_TYPE.from(execution).getOrNull();
    if (Coded.find(DecisionType.class, type).isEmpty()) {
      missing.add("决定类型");
    }
    if (blank(Typed.DRAFT_DECISION.from(execution).getOrNull())) {
      missing.add("拟作出的决定");
    }
    if (blank(Typed.LEGAL_BASIS.from(execution).getOrNull())) {
      missing.add("法律依据");
    }
    if (blank(Typed.HANDLER.from(execution).getOrNull())) {
      missing.add("承办人");
    }
    boolean noPenalty = Code.NOT_PENALISED.equals(Typed.TREATMENT.from(execution).getOrNull());
    if (DecisionType.FINE.code().equals(type) && !noPenalty
        && !positive(asSubmitted(Typed.PROPOSED_FINE_YUAN, execution))) {
      missing.add("拟罚款金额（元）");
    }
    Typed.SUBMISSION_COMPLETE.on(execution).set(missing.isEmpty());
    Typed.MISSING_ITEMS.on(execution).set(String.join("、", missing));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A whole number of yuan above 0 as submitted: a number, or its text from the engine's REST API. */
  private static boolean positive(Object value) {
    try {
      return value != null && Long.parseLong(value.toString().trim()) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
