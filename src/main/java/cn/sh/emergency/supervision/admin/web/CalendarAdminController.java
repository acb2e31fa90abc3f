package cn.sh.emergency.supervision.admin.web;

import cn.sh.emergency.supervision.identity.CurrentUser;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CalendarYearVersion;
import cn.sh.emergency.supervision.shared.CalendarYears;
import cn.sh.emergency.supervision.shared.HolidayYear;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.MovedDeadline;
import cn.sh.emergency.supervision.shared.PublishedYear;
import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import cn.sh.emergency.supervision.shared.process.CalendarPublisher;
import cn.sh.emergency.supervision.shared.process.ProvisionalYears;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing a year's official holiday arrangement (国务院办公厅节假日安排), administrators only:
 * {@code PUT /api/admin/calendar/{year}} with the notice's title and date, its holiday blocks and make-up days. The
 * answer names every deadline of running cases it moved. {@code GET …/{year}/versions}: every version published;
 * {@code GET /api/admin/calendar}: the provisional years now (the administrators' banner).
 */
@RestController
@RequestMapping({"/api/admin/calendar", "/dashboard/api/admin/calendar"})
class CalendarAdminController {

  private final CalendarPublisher publisher;
  private final CalendarYears years;
  private final CurrentUser currentUser;
  private final ProvisionalYears provisionalYears;
  private final StatutoryCalendar calendar;

  CalendarAdminController(CalendarPublisher publisher, CalendarYears years, CurrentUser currentUser,
                          ProvisionalYears provisionalYears, StatutoryCalendar calendar) {
    this.publisher = publisher;
    this.years = years;
    this.provisionalYears = provisionalYears;
    this.calendar = calendar;
    this.currentUser = currentUser;
  }

  @PutMapping("/{year}")
  PublishedView publish(@PathVariable int year, @Valid @RequestBody YearRequest request) {
    String user = requireAdministrator();
    if (request.year() != null && request.year() != year) {
      throw new InvalidInputException("请求体中的年份（" + request.year() + "）与地址中的年份（" + year + "）不一致");
    }
    PublishedYear published = publisher.publish(new HolidayYear(year, request.title(), request.issuedOn(),
        request.holidays(), request.workdays()), user);
    return new PublishedView(VersionView.of(published.published()),
        published.moved().stream().map(moved -> MovedView.of(moved)).toList());
  }

  /** What the administrators' banner says: which years' deadlines are provisional now. */
  @GetMapping
  CalendarOverview overview() {
    requireAdministrator();
    return new CalendarOverview(provisionalYears.inUse(), new java.util.TreeSet<>(calendar.officialYears()));
  }

  @GetMapping("/{year}/versions")
  List<VersionView> versions(@PathVariable int year) {
    requireAdministrator();
    return years.versions(year).stream().map(VersionView::of).toList();
  }

  private String requireAdministrator() {
    return currentUser.requireAdministrator("只有系统管理员可以发布节假日安排").userId();
  }

  /** A notice as the administrator enters it; {@code year} may be left out (the address names it). */
  record YearRequest(Integer year, String title, LocalDate issuedOn, @NotNull List<HolidayYear.Block> holidays,
                     List<LocalDate> workdays) {
  }

  record VersionView(int year, int version, String title, LocalDate issuedOn, List<HolidayYear.Block> holidays,
                     List<LocalDate> workdays, String origin, String publishedBy, Instant publishedAt) {

    static VersionView of(CalendarYearVersion v) {
      return new VersionView(v.year().year(), v.version(), v.year().title(), v.year().issuedOn(), v.year().holidays(),
          v.year().workdays(), v.origin().name(), v.publishedBy(), v.publishedAt());
    }
  }

  /** One moved deadline: the case, the step, the kind of thing moved, and the days before and after. */
  record MovedView(String caseNo, String kind, String step, LocalDate previous, LocalDate corrected,
                   Instant previousAt, Instant correctedAt, boolean stillProvisional) {

    static MovedView of(MovedDeadline moved) {
      return new MovedView(moved.caseNo(), moved.kind().name(), moved.step(),
          BureauTime.dayOf(moved.previous()), BureauTime.dayOf(moved.corrected()),
          moved.previous(), moved.corrected(), moved.stillProvisional());
    }
  }

  record CalendarOverview(java.util.SortedSet<Integer> provisionalYears, java.util.SortedSet<Integer> officialYears) {
  }

  record PublishedView(VersionView published, List<MovedView> moved) {
  }
}
