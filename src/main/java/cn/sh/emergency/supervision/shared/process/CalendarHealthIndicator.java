package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.util.TreeSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/calendar}: the official years and the provisional ones in use. Always UP: provisional years
 * are normal every autumn, and deadlines are still computed.
 */
@Component("holidayCalendar")
class CalendarHealthIndicator implements HealthIndicator {

  private final StatutoryCalendar calendar;
  private final ProvisionalYears provisionalYears;

  CalendarHealthIndicator(StatutoryCalendar calendar, ProvisionalYears provisionalYears) {
    this.calendar = calendar;
    this.provisionalYears = provisionalYears;
  }

  @Override
  public Health health() {
    return Health.up()
        .withDetail("officialYears", new TreeSet<>(calendar.officialYears()))
        .withDetail("provisionalYears", provisionalYears.inUse())
        .withDetail("calendarVersion", calendar.version())
        .build();
  }
}
