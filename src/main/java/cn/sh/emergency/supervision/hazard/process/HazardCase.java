package cn.sh.emergency.supervision.hazard.process;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Counters of the hazard loop kept as process variables (failed acceptances, granted extensions). */
final class HazardCase {

  private HazardCase() {
  }

  static int increment(DelegateExecution execution, VariableFactory<Integer> counter) {
    int next = counter.from(execution).getOrDefault(0) + 1;
    counter.on(execution).set(next);
    return next;
  }
}
