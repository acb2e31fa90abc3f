package cn.sh.emergency.supervision.shared.process;

import cn.sh.emergency.supervision.shared.StatutoryCalendar;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The years whose deadlines are provisional right now: this year and the next while they have no notice, and any year
 * a running case's deadline provisionally depends on. What the health endpoint and the administrators' banner name.
 */
@Component
public class ProvisionalYears {

  private final StatutoryCalendar calendar;
  private final ProvisionalDeadlines provisionalDeadlines;

  ProvisionalYears(StatutoryCalendar calendar, ProvisionalDeadlines provisionalDeadlines) {
    this.calendar = calendar;
    this.provisionalDeadlines = provisionalDeadlines;
  }

  public SortedSet<Integer> inUse() {
    SortedSet<Integer> years = new TreeSet<>(calendar.provisionalYearsAhead(1));
    years.addAll(provisionalDeadlines.provisionalYearsInUse());
    return years;
  }
}
