package cn.sh.emergency.supervision.shared;

import cn.sh.emergency.supervision.shared.process.EngineClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  /** The official years of the database (seeded from the shipped files), provisional years beyond them. */
  @Bean
  StatutoryCalendar statutoryCalendar(CalendarYears years, CalendarProperties properties) {
    years.seed(HolidayDataLoader.load());
    return new StatutoryCalendar(years, StatutoryHolidays.shipped(),
        () -> EngineClock.now().atZone(properties.zone()).toLocalDate(), properties.horizonYears(),
        properties.refreshInterval());
  }
}
