package cn.sh.emergency.supervision.casefile;

import cn.sh.emergency.supervision.shared.CaseType;
import cn.sh.emergency.supervision.shared.District;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the case file knows about an enterprise (by USCC) across lifecycles, e.g. for proposing an escalated
 * accident investigation: cases opened since a date, hazards under listed supervision, records of a given outcome
 * (such as a warning interview) since a date. What it says ends up in a case of {@code district}, read by everyone
 * who may see that case, so it names only cases they all may see: those of the district, or of every district for a
 * city-level case. Another district's cases of the enterprise are neither named nor counted.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseHistory {

  private static final List<String> ALL_DISTRICTS = Arrays.stream(District.values()).map(District::code).toList();

  private final EnterpriseHistoryQueries queries;

  EnterpriseHistory(EnterpriseHistoryQueries queries) {
    this.queries = queries;
  }

  public List<String> casesOpenedSince(District district, String uscc, String lifecycle, Instant since) {
    return queries.casesOpenedSince(seenFrom(district), uscc, lifecycle, since);
  }

  /**
   * The enterprise's cases of every lifecycle opened since the date, oldest first, among the cases of
   * {@code districts}: those the one who asks may see (an enterprise's page shows them to its reader).
   */
  public List<CaseSummary> casesSince(Collection<String> districts, String uscc, Instant since) {
    if (districts.isEmpty()) {
      return List.of();
    }
    return queries.everyCaseOpenedSince(districts, uscc, since).stream().map(CaseLedgerEntry::summary).toList();
  }

  public List<String> openListedCases(District district, String uscc) {
    return queries.openListedCases(seenFrom(district), uscc);
  }

  /** Case numbers of the enterprise with a record of the given outcome since the date. */
  public List<String> casesWithOutcomeSince(District district, String uscc, String outcome, Instant since) {
    return queries.casesWithOutcomeSince(seenFrom(district), uscc, outcome, since);
  }

  /**
   * Accident cases of the unit with someone dead (or missing) opened since the day, in any district: what puts a unit
   * in a plan's 重点检查范围 (近3年发生过人员死亡的生产安全事故) wherever the accident happened.
   */
  public List<String> fatalAccidentsSince(String uscc, Instant since) {
    return queries.fatalCasesSince(uscc, CaseType.AC.name(), since);
  }

  /** The districts whose cases everyone who sees a case of {@code district} sees. */
  static List<String> seenFrom(District district) {
    return district == District.CITY ? ALL_DISTRICTS : List.of(district.code());
  }
}
