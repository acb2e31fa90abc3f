package cn.sh.emergency.supervision.shared;

import java.util.List;

/** A year's official arrangement just published, and what it moved in running cases. */
public record PublishedYear(CalendarYearVersion published, List<MovedDeadline> moved) {
}
