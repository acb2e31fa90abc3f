package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.DeadlineLog;
import cn.sh.emergency.supervision.shared.DeadlineRule;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deadlines of running cases computed from provisional holiday data ({@code provisional_deadline}), written in the
 * engine transaction that computed them: the rule, the result and the years it spans. A task created in the same
 * transaction learns from here that its due date is provisional without asking the database.
 */
@Component
class ProvisionalDeadlines implements DeadlineLog {

  private static final String IN_TRANSACTION = ProvisionalDeadlines.class.getName() + ".due";

  private final JdbcTemplate jdbc;
  private final StatutoryCalendar calendar;

  ProvisionalDeadlines(JdbcTemplate jdbc, StatutoryCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @Override
  public void provisional(DeadlineRule rule, Instant due, SortedSet<Integer> provisionalYears, int fromYear,
                          int toYear, long calendarVersion) {
    DelegateExecution execution = CurrentExecution.get().orElse(null);
    if (execution == null) {
      return; // a deadline asked for outside a case (e.g. the calendar API): nothing to recompute later
    }
    String caseNo = CommonVariables.Typed.CASE_NO.from(execution).getOrNull();
    jdbc.update("insert into provisional_deadline (process_instance_id, case_no, activity_id, rule_kind, start_at,"
            + " amount, due_at, from_year, to_year, provisional, calendar_version, computed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        execution.getProcessInstanceId(), caseNo,
        execution.getCurrentActivityId(), rule.kind().name(), Timestamp.from(rule.start()), rule.amount(),
        Timestamp.from(due), fromYear, toYear, true, calendarVersion, Timestamp.from(EngineClock.now()));
    Set<String> noted = notedInTransaction();
    if (noted != null) {
      noted.add(key(execution.getProcessInstanceId(), due));
    }
  }

  @Override
  public boolean isProvisional(String processInstanceId, Instant due) {
    Set<String> noted = notedInTransaction();
    if (noted != null && noted.contains(key(processInstanceId, due))) {
      return true;
    }
    LocalDate day = BureauTime.dayOf(due);
    if (calendar.provisionalYears(day, day.plusMonths(1)).isEmpty()) {
      return false; // nothing near that day is provisional: no need to ask
    }
    Integer rows = jdbc.queryForObject("select count(*) from provisional_deadline where process_instance_id = ?"
        + " and due_at = ? and provisional = ?", Integer.class, processInstanceId, Timestamp.from(due), true);
    return rows != null && rows > 0;
  }

  /** The rows of the instances that depend on the year, in the order they were computed. */
  List<Row> spanning(int year) {
    return jdbc.query("select * from provisional_deadline where from_year <= ? and to_year >= ?"
        + " order by process_instance_id, id", this::row, year, year);
  }

  /** Provisional rows computed with older official data than the given version (e.g. on a node not yet refreshed). */
  List<Row> computedBefore(long calendarVersion, int limit) {
    return jdbc.query("select * from provisional_deadline where provisional = ? and calendar_version < ?"
        + " order by process_instance_id, id fetch first " + limit + " rows only", this::row, true, calendarVersion);
  }

  /** All rows of one instance, in the order they were computed. */
  List<Row> ofInstance(String processInstanceId) {
    return jdbc.query("select * from provisional_deadline where process_instance_id = ? order by id", this::row,
        processInstanceId);
  }

  void recomputed(Row row, Instant start, Instant due, boolean provisional, long calendarVersion) {
    jdbc.update("update provisional_deadline set start_at = ?, due_at = ?, provisional = ?, calendar_version = ?"
        + " where id = ?", Timestamp.from(start), Timestamp.from(due), provisional, calendarVersion, row.id());
  }

  void forgetInstance(String processInstanceId) {
    jdbc.update("delete from provisional_deadline where process_instance_id = ?", processInstanceId);
  }

  /** The years without an official arrangement that deadlines of running cases provisionally depend on. */
  SortedSet<Integer> provisionalYearsInUse() {
    SortedSet<Integer> years = new TreeSet<>();
    jdbc.query("select distinct from_year, to_year from provisional_deadline where provisional = ?",
        (ResultSet rs) -> {
          years.addAll(calendar.provisionalYears(LocalDate.of(rs.getInt("from_year"), 1, 1),
              LocalDate.of(rs.getInt("to_year"), 1, 1)));
        }, true);
    return years;
  }

  private Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("case_no"),
        rs.getString("activity_id"),
        new DeadlineRule(DeadlineRule.Kind.valueOf(rs.getString("rule_kind")), rs.getTimestamp("start_at").toInstant(),
            rs.getInt("amount")),
        rs.getTimestamp("due_at").toInstant(), rs.getBoolean("provisional"));
  }

  @SuppressWarnings("unchecked")
  private static Set<String> notedInTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Set<String> noted = (Set<String>) TransactionSynchronizationManager.getResource(IN_TRANSACTION);
    if (noted == null) {
      Set<String> fresh = new HashSet<>();
      TransactionSynchronizationManager.bindResource(IN_TRANSACTION, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(IN_TRANSACTION);
        }
      });
      noted = fresh;
    }
    return noted;
  }

  private static String key(String processInstanceId, Instant due) {
    return processInstanceId + "@" + due.toEpochMilli();
  }

  record Row(long id, String processInstanceId, String caseNo, String activityId, DeadlineRule rule, Instant due,
             boolean provisional) {
  }
}
