package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CalendarYearVersion;
import cn.sh.emergency.supervision.shared.CalendarYears;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.HolidayYear;
import cn.sh.emergency.supervision.shared.HolidayYearRules;
import cn.sh.emergency.supervision.shared.MovedDeadline;
import cn.sh.emergency.supervision.shared.PublishedYear;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import cn.sh.emergency.supervision.shared.StatutoryHolidays;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes a year's official arrangement (or a correction of it): checked, stored as a new version, and every
 * provisional deadline of running cases that depends on the year recomputed and moved — all in one transaction, so a
 * failure leaves the calendar and the cases as they were. This node uses the year from the commit on; the other
 * nodes within their refresh interval.
 */
@Service
public class CalendarPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarPublisher.class);

  private final CalendarYears years;
  private final StatutoryCalendar calendar;
  private final ProvisionalDeadlines provisionalDeadlines;
  private final DeadlineCorrection correction;

  CalendarPublisher(CalendarYears years, StatutoryCalendar calendar, ProvisionalDeadlines provisionalDeadlines,
                    DeadlineCorrection correction) {
    this.years = years;
    this.calendar = calendar;
    this.provisionalDeadlines = provisionalDeadlines;
    this.correction = correction;
  }

  @Transactional
  public PublishedYear publish(HolidayYear year, String publishedBy) {
    Instant now = EngineClock.now();
    calendar.requireCovered(java.time.LocalDate.of(year.year(), 1, 1));
    HolidayYearRules.check(year, StatutoryHolidays.shipped(), BureauTime.dayOf(now));
    CalendarYearVersion stored;
    try {
      stored = years.publish(year, publishedBy, now);
    } catch (DuplicateKeyException concurrent) {
      throw new ConflictException(year.year() + "年节假日安排正由他人同时发布，请刷新后重试");
    }
    List<MovedDeadline> moved = correction.correct(provisionalDeadlines.spanning(year.year()),
        calendar.withOfficial(year), years.version());
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        calendar.refresh();
      }
    });
    LOG.info("{} published the holiday arrangement of {} (version {}); {} deadlines of running cases moved",
        publishedBy, year.year(), stored.version(), moved.size());
    return new PublishedYear(stored, moved);
  }

  /** Deadlines computed on a node before it saw a publication (another node's) are corrected here later. */
  @Transactional
  public List<MovedDeadline> correctStragglers(int batch) {
    calendar.refresh();
    long version = calendar.version();
    List<ProvisionalDeadlines.Row> rows = provisionalDeadlines.computedBefore(version, batch);
    return rows.isEmpty() ? List.of() : correction.correct(rows, calendar, version);
  }
}
