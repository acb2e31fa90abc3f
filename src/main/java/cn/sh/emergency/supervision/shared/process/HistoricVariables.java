package cn.sh.emergency.supervision.shared.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Variables of running and ended process instances as they stand now, read from the history (level full), so that
 * what a case decided can be read after its process has moved on or ended.
 */
@Component
public class HistoricVariables {

  private final HistoryService history;

  HistoricVariables(HistoryService history) {
    this.history = history;
  }

  /**
   * The variables of one scope execution: a process instance (its id) or a scope within it, e.g. one instance of a
   * multi-instance sub-process ({@link HistoricActivityInstance#getExecutionId()}); variables of nested scopes are
   * not included.
   */
  public Map<String, Object> ofScope(String executionId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .executionIdIn(executionId).disableBinaryFetching().list()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  /** The activity instances of an activity in a process instance, oldest first. */
  public List<HistoricActivityInstance> instancesOf(String processInstanceId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
  }

  /**
   * The latest instance of a scope activity (e.g. a sub-process) whose local variables hold all the given values,
   * compared as text (an enum variable matches its name).
   */
  public Optional<HistoricActivityInstance> scopeOf(String processInstanceId, String activityId,
                                                    Map<String, String> locals) {
    return instancesOf(processInstanceId, activityId).stream()
        .filter(scope -> {
          Map<String, Object> values = ofScope(scope.getExecutionId());
          return locals.entrySet().stream()
              .allMatch(e -> values.get(e.getKey()) != null && e.getValue().equals(values.get(e.getKey()).toString()));
        })
        .reduce((first, last) -> last);
  }

  /** A date variable as a form submits it ({@code 2026-03-10} or an ISO date-time) or as a {@link Date}. */
  public static LocalDate date(Object value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
