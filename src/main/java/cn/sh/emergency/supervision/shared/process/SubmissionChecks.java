package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs every lifecycle's {@link SubmissionRules} on the engine's events: at a process instance's start, and when a
 * user task completes. A submission with problems is refused before anything is recorded: the engine's transaction
 * rolls back and the user gets every problem at once.
 */
@Component
class SubmissionChecks {

  private final List<SubmissionRules> rules;
  private final Deadline deadline;

  SubmissionChecks(List<SubmissionRules> rules, Deadline deadline) {
    this.rules = rules;
    this.deadline = deadline;
  }

  /** Before the case file opens the case (which listens at the default order). */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  public void onStart(DelegateExecution execution) {
    if (EngineEvents.isInstanceStart(execution)) {
      forRulesOf(execution.getProcessDefinitionId(), rule -> {
        VariableChecks checks = VariableChecks.of(execution, deadline);
        rule.start(checks, execution);
        verify(checks);
      });
    }
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  public void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      forRulesOf(task.getProcessDefinitionId(), rule -> {
        VariableChecks checks = VariableChecks.of(task, deadline);
        rule.task(task.getTaskDefinitionKey(), checks, task);
        verify(checks);
      });
    }
  }

  private void forRulesOf(String processDefinitionId, Consumer<SubmissionRules> action) {
    rules.stream()
        .filter(rule -> rule.processKeys().stream().anyMatch(key -> EngineEvents.isOf(processDefinitionId, key)))
        .forEach(action);
  }

  private static void verify(VariableChecks checks) {
    try {
      checks.verify();
    } catch (InvalidInputException e) {
      throw UserInputErrors.badRequest(e);
    }
  }
}
