package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.RecordView;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.process.UserNames;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 流转记录: a case's steps as people read them — when, which step, who (by name), the outcome in Chinese
 * (as its step named it, {@link RecordView#outcomeName()}) and the opinion — newest first, from the full-process record. The task forms
 * show it ({@link CaseHistoryOnTasks}), and so does the case page.
 */
@Component
public class CaseHistory {

  /** One step of the 流转记录; {@code time} in the users' zone, {@code YYYY-MM-DD HH:mm}. */
  public record Step(String time, String step, String by, String outcome, String opinion) {
  }

  private static final Set<RecordKind> STEPS = EnumSet.of(RecordKind.CASE_OPENED, RecordKind.TASK_COMPLETED,
      RecordKind.DECISION, RecordKind.REFERRAL, RecordKind.URGED, RecordKind.DEADLINE_CORRECTED, RecordKind.PAYMENT,
      RecordKind.ENFORCEMENT, RecordKind.PUBLICATION, RecordKind.CORRECTION, RecordKind.TASK_TRANSFERRED,
      RecordKind.TASK_DELEGATED, RecordKind.TASK_RESOLVED);

  private final CaseRecords caseRecords;
  private final UserNames names;

  CaseHistory(CaseRecords caseRecords, UserNames names) {
    this.caseRecords = caseRecords;
    this.names = names;
  }

  /** The case's latest steps, newest first, at most {@code limit}. */
  public List<Step> latest(String caseNo, int limit) {
    Map<String, String> named = new HashMap<>();
    return caseRecords.latest(caseNo, STEPS, limit).stream()
        .map(record -> new Step(BureauTime.minuteOf(record.occurredAt()), stepOf(record),
            record.actor() == null ? "系统" : named.computeIfAbsent(record.actor(), this::nameOf),
            record.outcome() == null ? "" : record.outcomeName(), record.opinion() == null ? "" : record.opinion()))
        .toList();
  }

  private static String stepOf(RecordView record) {
    return record.activityName() != null ? record.activityName() : RecordKind.valueOf(record.kind()).chineseName();
  }

  private String nameOf(String actor) {
    String name = names.of(actor);
    return name.isEmpty() ? "系统" : name;
  }
}
