package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/deadline?from=2026-09-24&workingDays=5} (or {@code days=N}, {@code months=N}). */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private final StatutoryCalendar calendar;

  CalendarController(StatutoryCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/deadline")
  DeadlineView deadline(@RequestParam String from,
                        @RequestParam(required = false) Integer workingDays,
                        @RequestParam(required = false) Integer days,
                        @RequestParam(required = false) Integer months) {
    LocalDate start = parse(from);
    int given = (workingDays != null ? 1 : 0) + (days != null ? 1 : 0) + (months != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidInputException("请且仅请给出 workingDays、days、months 之一");
    }
    if (workingDays != null) {
      return new DeadlineView(start, "workingDays", workingDays, calendar.plusWorkingDays(start, workingDays));
    }
    if (days != null) {
      return new DeadlineView(start, "days", days, calendar.plusDays(start, days));
    }
    return new DeadlineView(start, "months", months, calendar.plusMonths(start, months));
  }

  private static LocalDate parse(String from) {
    try {
      return LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("起算日期格式不正确（应为 YYYY-MM-DD）：" + from);
    }
  }

  record DeadlineView(LocalDate from, String unit, int amount, LocalDate deadline) {
  }
}
