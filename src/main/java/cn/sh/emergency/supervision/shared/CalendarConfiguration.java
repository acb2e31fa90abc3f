package cn.sh.emergency.supervision.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  StatutoryCalendar statutoryCalendar(CalendarProperties properties) {
    return StatutoryCalendar.load(properties.overrideFile());
  }
}
