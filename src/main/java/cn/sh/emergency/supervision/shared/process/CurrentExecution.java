package cn.sh.emergency.supervision.shared.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The execution on whose behalf the engine evaluates an expression or runs a delegate right now: a deadline computed
 * in a BPMN expression ({@code ${deadline.workingDays(now(), 5)}}) learns its case from here. The engine offers no
 * public way to ask, so its internal context is read in this one place.
 */
final class CurrentExecution {

  private CurrentExecution() {
  }

  static Optional<DelegateExecution> get() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null ? Optional.empty() : Optional.ofNullable(context.getExecution());
  }
}
