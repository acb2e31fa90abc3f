package cn.sh.emergency.supervision.accident;

import cn.sh.emergency.supervision.casefile.EnterpriseHistory;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CaseNumber;
import cn.sh.emergency.supervision.shared.District;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reasons to propose an escalated investigation (提级调查, 国务院令第493号 art. 20), drawn from the report and the case
 * file (the usual triggers; a template, not Shanghai law): suspected concealment or a late report, a prior accident
 * at the same unit, a hazard of the unit under listed supervision, a warning interview — found among the cases of the
 * accident's district ({@link EnterpriseHistory}). The leaders decide.
 */
@Service
public class EscalationProposals {

  /** The outcome with which the hazard lifecycle records a warning interview (约谈警示). */
  static final String WARNING_INTERVIEW = "WARNING_INTERVIEW";

  private final EnterpriseHistory history;
  private final EscalationWindows windows;

  EscalationProposals(EnterpriseHistory history, EscalationWindows windows) {
    this.history = history;
    this.windows = windows;
  }

  public List<String> reasons(String caseNo, String uscc, Instant occurredAt, boolean lateReport,
                              boolean concealmentSuspected) {
    List<String> reasons = new ArrayList<>();
    if (concealmentSuspected) {
      reasons.add("涉嫌瞒报、谎报");
    }
    if (lateReport) {
      reasons.add("事故迟报");
    }
    if (uscc == null) {
      return reasons;
    }
    // Only cases everyone who reads the proposal may see: the accident's district (all of them for the city's).
    District district = CaseNumber.parse(caseNo).district();
    List<String> priorAccidents = history.casesOpenedSince(district, uscc, AccidentProcess.PROCESS_KEY,
        monthsBefore(occurredAt, windows.priorAccidentMonths())).stream().filter(c -> !c.equals(caseNo)).toList();
    if (!priorAccidents.isEmpty()) {
      reasons.add(windows.priorAccidentMonths() + "个月内同一单位曾发生事故：" + String.join("、", priorAccidents));
    }
    List<String> listed = history.openListedCases(district, uscc);
    if (!listed.isEmpty()) {
      reasons.add("该单位有挂牌督办中的重大事故隐患：" + String.join("、", listed));
    }
    List<String> interviews = history.casesWithOutcomeSince(district, uscc, WARNING_INTERVIEW,
        monthsBefore(occurredAt, windows.warningInterviewMonths()));
    if (!interviews.isEmpty()) {
      reasons.add(windows.warningInterviewMonths() + "个月内曾被约谈警示：" + String.join("、", interviews));
    }
    return reasons;
  }

  private static Instant monthsBefore(Instant at, int months) {
    return BureauTime.at(at).minusMonths(months).toInstant();
  }
}
