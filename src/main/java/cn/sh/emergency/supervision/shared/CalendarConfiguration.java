package cn.sh.emergency.supervision.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  /** The official years of the database (seeded from the shipped files), provisional years beyond them. */
  @Bean
  StatutoryCalendar statutoryCalendar(CalendarYears years, CalendarProperties properties) {
    years.seed(HolidayDataLoader.load());
    return new StatutoryCalendar(years, StatutoryHolidays.shipped(),
        BureauTime::today, properties.horizonYears(),
        properties.refreshInterval());
  }
}
