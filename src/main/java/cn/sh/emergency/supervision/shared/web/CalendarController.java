package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.CalendarYearStatus;
import cn.sh.emergency.supervision.shared.CalendarYearVersion;
import cn.sh.emergency.supervision.shared.CalendarYears;
import cn.sh.emergency.supervision.shared.DeadlineRule;
import cn.sh.emergency.supervision.shared.HolidayYear;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/deadline?from=2026-09-24&workingDays=5} (or {@code days=N}, {@code months=N}): the date,
 * and whether it is provisional. {@code GET /api/calendar/years}: which years are official and which provisional;
 * {@code GET /api/calendar/years/{year}}: a year's arrangement in force.
 */
@RestController
@RequestMapping({"/api/calendar", "/dashboard/api/calendar"})
class CalendarController {

  /** Years listed ahead of this one: the next year is the one whose notice is awaited every autumn. */
  private static final int YEARS_AHEAD = 1;

  private final StatutoryCalendar calendar;
  private final CalendarYears years;

  CalendarController(StatutoryCalendar calendar, CalendarYears years) {
    this.calendar = calendar;
    this.years = years;
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
    DeadlineRule.Kind kind = workingDays != null ? DeadlineRule.Kind.WORKING_DAYS
        : days != null ? DeadlineRule.Kind.DAYS : DeadlineRule.Kind.MONTHS;
    int amount = workingDays != null ? workingDays : days != null ? days : months;
    LocalDate deadline = new DeadlineRule(kind, null, amount).dayOn(calendar, start);
    SortedSet<Integer> provisional = calendar.provisionalYears(start, deadline);
    List<YearView> spanned = new ArrayList<>();
    for (int y = start.getYear(); y <= deadline.getYear(); y++) {
      spanned.add(new YearView(y, calendar.status(y)));
    }
    return new DeadlineView(start, unit(kind), amount, deadline, !provisional.isEmpty(), spanned,
        provisional.isEmpty() ? null : provisionalNote(provisional));
  }

  @GetMapping("/years")
  List<YearStatusView> years() {
    int thisYear = calendar.thisYear();
    List<YearStatusView> views = new ArrayList<>();
    int first = calendar.officialYears().stream().min(Integer::compare).orElse(thisYear);
    SortedSet<Integer> ahead = calendar.provisionalYearsAhead(YEARS_AHEAD);
    int last = Math.max(thisYear + YEARS_AHEAD, ahead.isEmpty() ? thisYear : ahead.last());
    for (int y = Math.min(first, thisYear); y <= last; y++) {
      views.add(yearStatus(y));
    }
    return views;
  }

  @GetMapping("/years/{year}")
  YearDetailView year(@PathVariable int year) {
    HolidayYear arrangement = calendar.year(year);
    return new YearDetailView(yearStatus(year), arrangement.holidays(), arrangement.workdays());
  }

  private YearStatusView yearStatus(int year) {
    CalendarYearStatus status = calendar.status(year);
    if (status == CalendarYearStatus.PROVISIONAL) {
      return new YearStatusView(year, status, status.chineseName(), null, null, null, null, null);
    }
    CalendarYearVersion latest = years.versions(year).stream().findFirst().orElse(null);
    HolidayYear official = calendar.year(year);
    return latest == null
        ? new YearStatusView(year, status, status.chineseName(), official.title(), official.issuedOn(), null, null, null)
        : new YearStatusView(year, status, status.chineseName(), official.title(), official.issuedOn(),
            latest.version(), latest.publishedBy(), latest.publishedAt().toString());
  }

  static String provisionalNote(SortedSet<Integer> years) {
    return "暂定期限：" + years.stream().map(y -> y + "年").reduce((a, b) -> a + "、" + b).orElse("")
        + "尚无国务院节假日安排，按法定节假日计算，公布后自动校正";
  }

  private static String unit(DeadlineRule.Kind kind) {
    return switch (kind) {
      case WORKING_DAYS -> "workingDays";
      case DAYS -> "days";
      default -> "months";
    };
  }

  private static LocalDate parse(String from) {
    try {
      return LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("起算日期格式不正确（应为 YYYY-MM-DD）：" + from);
    }
  }

  record DeadlineView(LocalDate from, String unit, int amount, LocalDate deadline, boolean provisional,
                      List<YearView> years, String note) {
  }

  record YearView(int year, CalendarYearStatus status) {
  }

  record YearStatusView(int year, CalendarYearStatus status, String statusName, String title, LocalDate issuedOn,
                        Integer version, String publishedBy, String publishedAt) {
  }

  record YearDetailView(YearStatusView year, List<HolidayYear.Block> holidays, List<LocalDate> workdays) {
  }
}
