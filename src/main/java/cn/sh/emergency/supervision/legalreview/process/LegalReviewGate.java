package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.LegalReviewProcess;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Code;
import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Typed;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.ModelProperties;
import cn.sh.emergency.supervision.shared.process.UserInputErrors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "No review or failed review → no decision" (行政处罚法 art. 58), held by the engine: a user task marked
 * {@code requiresLegalReview} cannot even be created unless the case's legal review ended {@code APPROVED},
 * whatever path a model takes to it. The property is {@code true}, or names a boolean variable (e.g.
 * {@code legalReviewRequired}, set from a decision table) for decisions that need the review only in some cases.
 */
@Component
class LegalReviewGate {

  @EventListener
  public void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
        && ModelProperties.property(task.getBpmnModelElementInstance(),
            LegalReviewProcess.REQUIRES_LEGAL_REVIEW_PROPERTY).map(value -> required(task, value)).orElse(false)
        && !Code.APPROVED.equals(Typed.LEGAL_REVIEW_OUTCOME.from(task).getOrNull())) {
      throw UserInputErrors.badRequest(
          new InvalidInputException("未经法制审核或法制审核未通过，不得作出决定（" + task.getName() + "）"));
    }
  }

  /** {@code true}, or the name of a variable that says whether this case's decision needs the review. */
  private static boolean required(DelegateTask task, String value) {
    // The model property names the variable: read by that name.
    return Boolean.parseBoolean(value) || Boolean.TRUE.equals(task.getVariable(value.trim()));
  }
}
