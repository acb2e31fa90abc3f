package cn.sh.emergency.supervision.documents;

import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The user tasks a case has completed, as its full-process record tells: who, when, with what outcome and opinion. */
public final class CaseSteps {

  private final List<RecordView> completed;
  private final ZoneId zone;

  private CaseSteps(List<RecordView> records, ZoneId zone) {
    this.completed = records.stream().filter(r -> RecordKind.TASK_COMPLETED.name().equals(r.kind())).toList();
    this.zone = zone;
  }

  public static CaseSteps of(List<RecordView> records, ZoneId zone) {
    return new CaseSteps(records, zone);
  }

  /** The latest completion of the task. */
  public Optional<RecordView> last(String taskId) {
    return completed.stream().filter(r -> taskId.equals(r.activityId())).reduce((first, last) -> last);
  }

  /** The latest completion of the task with the given outcome. */
  public Optional<RecordView> last(String taskId, String outcome) {
    return completed.stream().filter(r -> taskId.equals(r.activityId()) && outcome.equals(r.outcome()))
        .reduce((first, last) -> last);
  }

  public int count(String taskId) {
    return (int) completed.stream().filter(r -> taskId.equals(r.activityId())).count();
  }

  public LocalDate dayOf(RecordView record) {
    return record.occurredAt().atZone(zone).toLocalDate();
  }
}
