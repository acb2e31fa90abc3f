package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.identity.DistrictPeople;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.identity.StaffRole;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.Investigators;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.VariableChecks;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The officers of a penalty (行政处罚法 art. 42): at least two different users holding enforcement certificates, of
 * the case's district or the city. The case keeps them once each and their names and certificate numbers as they
 * are now, for the documents; a refused start rolls back with them.
 */
@Component
class InvestigatorChecks {

  private final EnforcementCertificates certificates;
  private final DistrictPeople people;

  InvestigatorChecks(EnforcementCertificates certificates, DistrictPeople people) {
    this.certificates = certificates;
    this.people = people;
  }

  void check(VariableChecks checks, DelegateExecution execution) {
    String named = checks.text(Var.INVESTIGATORS);
    Investigators.Check investigators = Investigators.check(named, certificates::officer);
    if (named != null && !named.isEmpty()) { // none named: the caller's required check says so
      investigators.problems().forEach(checks::problem);
    }
    // Officers of another district do not investigate this one's case (city-level staff may): only those a
    // picker offers for the district.
    String district = checks.text(CommonVariables.DISTRICT);
    Set<String> offered = district == null || investigators.officers().isEmpty() ? Set.of()
        : people.ids(StaffRole.OFFICER, district);
    List<String> elsewhere = investigators.officers().stream().map(EnforcementOfficer::userId)
        .filter(id -> district != null && !offered.contains(id))
        .toList();
    if (!elsewhere.isEmpty()) {
      checks.problem("调查人员不属于本案所属区：" + String.join("、", elsewhere));
    }
    Typed.INVESTIGATORS.on(execution).set(investigators.userIds());
    Typed.INVESTIGATOR_CERTIFICATES.on(execution).set(Investigators.toJson(investigators.officers()));
  }
}
