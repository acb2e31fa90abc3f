package cn.sh.emergency.supervision.inspection;

import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.EnterpriseHistory;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * An inspected unit's record in the case ledger over the last {@value #YEARS} years ({@link EnterpriseHistory}), by
 * kind of case, as its page in the register shows it before an inspection.
 */
@Service
public class EnterpriseHistories {

  /** How far back the page looks. */
  static final int YEARS = 3;

  private final EnterpriseHistory history;

  EnterpriseHistories(EnterpriseHistory history) {
    this.history = history;
  }

  /** The unit's cases opened in the last {@value #YEARS} years among those of {@code districts}. */
  public EnterpriseHistoryView lastYears(String uscc, Collection<String> districts) {
    Instant since = BureauTime.at(BureauTime.now()).minusYears(YEARS).toInstant();
    Map<String, List<String>> byType = history.casesSince(districts, uscc, since).stream()
        .collect(Collectors.groupingBy(CaseSummary::caseType,
            Collectors.mapping(CaseSummary::caseNo, Collectors.toList())));
    return new EnterpriseHistoryView(BureauTime.dayOf(since), cases(byType, CaseType.HZ),
        cases(byType, CaseType.PN), cases(byType, CaseType.AC), cases(byType, CaseType.IN));
  }

  private static EnterpriseHistoryView.Cases cases(Map<String, List<String>> byType, CaseType type) {
    return EnterpriseHistoryView.Cases.of(byType.getOrDefault(type.name(), List.of()));
  }
}
