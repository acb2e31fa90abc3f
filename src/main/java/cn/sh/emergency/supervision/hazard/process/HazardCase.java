package cn.sh.emergency.supervision.hazard.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Counters of the hazard loop kept as process variables (failed acceptances, granted extensions). */
final class HazardCase {

  private HazardCase() {
  }

  static int increment(DelegateExecution execution, String counter) {
    Object current = execution.getVariable(counter);
    int next = (current instanceof Number n ? n.intValue() : 0) + 1;
    execution.setVariable(counter, next);
    return next;
  }
}
