package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.shared.CalendarProperties;
import cn.sh.emergency.supervision.shared.process.UserNames;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 流转记录 on every task: when a task of a case is created it gets, as its local variable {@value #VARIABLE}, the
 * case's earlier steps from the full-process record — when, which step, who (by name), the outcome in Chinese and the
 * opinion — newest first. The forms show it as a table; Tasklist reads it with the task's variables.
 */
@Component
public class CaseHistoryOnTasks {

  /** The task-local JSON list of {@code {time, step, by, outcome, opinion}}. */
  public static final String VARIABLE = "caseHistory";
  static final int MAX_ROWS = 40;

  private static final Set<RecordKind> STEPS = EnumSet.of(RecordKind.CASE_OPENED, RecordKind.TASK_COMPLETED,
      RecordKind.DECISION, RecordKind.REFERRAL, RecordKind.URGED, RecordKind.DEADLINE_CORRECTED, RecordKind.PAYMENT,
      RecordKind.ENFORCEMENT, RecordKind.PUBLICATION, RecordKind.CORRECTION, RecordKind.TASK_TRANSFERRED,
      RecordKind.TASK_DELEGATED, RecordKind.TASK_RESOLVED);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Properties OUTCOMES = outcomes();

  private final CaseFile caseFile;
  private final UserNames names;
  private final CalendarProperties calendar;

  CaseHistoryOnTasks(CaseFile caseFile, UserNames names, CalendarProperties calendar) {
    this.caseFile = caseFile;
    this.names = names;
    this.calendar = calendar;
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
    Map<String, String> named = new HashMap<>();
    ArrayNode rows = JSON.createArrayNode();
    for (RecordView record : caseFile.latestRecords(caseNo.get(), STEPS, MAX_ROWS)) {
      rows.addObject()
          .put("time", calendar.minuteOf(record.occurredAt()))
          .put("step", record.activityName() != null ? record.activityName()
              : RecordKind.valueOf(record.kind()).chineseName())
          .put("by", record.actor() == null ? "系统" : named.computeIfAbsent(record.actor(), this::nameOf))
          .put("outcome", outcomeName(record.outcome()))
          .put("opinion", record.opinion() == null ? "" : record.opinion());
    }
    task.setVariableLocal(VARIABLE, SpinValues.jsonValue(rows.toString()).create());
  }

  /** The outcome's Chinese name; a code without one is shown as it is. */
  static String outcomeName(String outcome) {
    return outcome == null ? "" : OUTCOMES.getProperty(outcome, outcome);
  }

  private String nameOf(String actor) {
    String name = names.of(actor);
    return name.isEmpty() ? "系统" : name;
  }

  private static Properties outcomes() {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(new ClassPathResource("casefile/outcomes.properties").getInputStream(),
        StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
