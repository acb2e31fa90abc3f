package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case file knows about an enterprise (by USCC) across lifecycles, e.g. for proposing an escalated
 * accident investigation: cases opened since a date, hazards under listed supervision, records of a given outcome
 * (such as a warning interview) since a date.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseHistory {

  private final EnterpriseHistoryQueries queries;

  EnterpriseHistory(EnterpriseHistoryQueries queries) {
    this.queries = queries;
  }

  public List<String> casesOpenedSince(String uscc, String lifecycle, Instant since) {
    return queries.casesOpenedSince(uscc, lifecycle, since);
  }

  public List<String> openListedCases(String uscc) {
    return queries.openListedCases(uscc);
  }

  /** Case numbers of the enterprise with a record of the given outcome since the date. */
  public List<String> casesWithOutcomeSince(String uscc, String outcome, Instant since) {
    return queries.casesWithOutcomeSince(uscc, outcome, since);
  }
}
