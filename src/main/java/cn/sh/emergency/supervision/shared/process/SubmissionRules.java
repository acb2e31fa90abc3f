package cn.sh.emergency.supervision.shared.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server-side checks of one lifecycle's form submissions, as a bean: the start form's (a report, a request, a
 * proposal) and each task's completion. {@link SubmissionChecks} calls them before anything is recorded, collects
 * every problem and refuses the submission with all of them at once (HTTP 400, in Chinese); a lifecycle only says
 * what its forms need.
 */
public interface SubmissionRules {

  /** The keys of the processes whose submissions these rules check. */
  Set<String> processKeys();

  /** The start form's checks; runs before the case file opens the case, so a refused start takes no case number. */
  default void start(VariableChecks checks, DelegateExecution execution) {
  }

  /** The checks of a completion of the user task {@code taskKey}. */
  default void task(String taskKey, VariableChecks checks, DelegateTask task) {
  }
}
