package cn.sh.emergency.supervision.casefile.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 流转记录 on every task: when a task of a case is created it gets, as its local variable {@value #VARIABLE}, the
 * case's earlier steps ({@link CaseHistory}) — when, which step, who (by name), the outcome in Chinese and the
 * opinion — newest first. The forms show it as a table; Tasklist reads it with the task's variables.
 */
@Component
public class CaseHistoryOnTasks {

  /** The task-local JSON list of {@code {time, step, by, outcome, opinion}}. */
  public static final String VARIABLE = "caseHistory";
  static final int MAX_ROWS = 40;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseHistory history;

  CaseHistoryOnTasks(CaseHistory history) {
    this.history = history;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    Optional<String> caseNo = StepRecords.caseNo(task.getExecution());
    if (caseNo.isEmpty()) {
      return;
    }
    ArrayNode rows = JSON.createArrayNode();
    for (CaseHistory.Step step : history.latest(caseNo.get(), MAX_ROWS)) {
      rows.addObject()
          .put("time", step.time())
          .put("step", step.step())
          .put("by", step.by())
          .put("outcome", step.outcome())
          .put("opinion", step.opinion());
    }
    task.setVariableLocal(VARIABLE, SpinValues.jsonValue(rows.toString()).create());
  }
}
