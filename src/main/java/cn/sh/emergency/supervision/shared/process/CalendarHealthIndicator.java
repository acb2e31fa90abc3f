package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/calendar}: the official years and the provisional ones in use (this year and the next
 * without a notice, and any year a running case's deadline provisionally depends on). Always UP: provisional years are
 * normal every autumn, and deadlines are still computed.
 */
@Component("holidayCalendar")
class CalendarHealthIndicator implements HealthIndicator {

  private final StatutoryCalendar calendar;
  private final ProvisionalDeadlines provisionalDeadlines;

  CalendarHealthIndicator(StatutoryCalendar calendar, ProvisionalDeadlines provisionalDeadlines) {
    this.calendar = calendar;
    this.provisionalDeadlines = provisionalDeadlines;
  }

  @Override
  public Health health() {
    SortedSet<Integer> provisional = new TreeSet<>(calendar.provisionalYearsAhead(1));
    provisional.addAll(provisionalDeadlines.provisionalYearsInUse());
    return Health.up()
        .withDetail("officialYears", new TreeSet<>(calendar.officialYears()))
        .withDetail("provisionalYears", provisional)
        .withDetail("calendarVersion", calendar.version())
        .build();
  }
}
