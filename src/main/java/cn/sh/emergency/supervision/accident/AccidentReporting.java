package cn.sh.emergency.supervision.accident;

import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Whether an accident was reported late (迟报), and until when casualty changes may be reported (补报). */
@Component
public class AccidentReporting {

  private final AccidentReportingTerms terms;
  private final Deadline deadline;

  public AccidentReporting(AccidentReportingTerms terms, Deadline deadline) {
    this.terms = terms;
    this.deadline = deadline;
  }

  /**
   * 迟报: the unit's head reports within the hour of receiving the on-site report (国务院令第493号 art. 9), so the hour
   * runs from {@code receivedAt} (the accident's time when nobody recorded a later receipt), not from the accident.
   */
  public boolean isLate(Instant occurredAt, Instant receivedAt, Instant reportedAt) {
    if (receivedAt.isBefore(occurredAt)) {
      throw new InvalidInputException("接报时间不能早于事故发生时间");
    }
    if (reportedAt.isBefore(receivedAt)) {
      throw new InvalidInputException(receivedAt.equals(occurredAt) ? "报告时间不能早于事故发生时间"
          : "报告时间不能早于接报时间");
    }
    return Duration.between(receivedAt, reportedAt).compareTo(terms.reportWithin()) > 0;
  }

  /**
   * The end of the last day on which a supplementary report (补报) is accepted: 30 (road traffic and fire: 7) calendar
   * days after the accident. The window counts casualties; it is nobody's period to act, so it ends on its calendar
   * day even when that is a holiday (it does not roll to the next working day).
   */
  public Instant supplementaryReportsUntil(Instant occurredAt, boolean roadOrFire) {
    int days = roadOrFire ? terms.supplementaryDaysRoadOrFire() : terms.supplementaryDays();
    return deadline.endOf(deadline.dayOf(Date.from(occurredAt)).plusDays(days)).toInstant();
  }

  public boolean acceptsSupplementaryReport(Instant occurredAt, boolean roadOrFire, Instant now) {
    return !now.isAfter(supplementaryReportsUntil(occurredAt, roadOrFire));
  }
}
