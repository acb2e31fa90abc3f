package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import cn.sh.emergency.supervision.penalty.PenaltyProposal;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.District;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.NotFoundException;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Proposes a dual-penalty case as the requesting user: the engine checks the permission to start, the tenant
 * provider the district, the submission rules the proposal and its parties; the case file assigns the number.
 */
@Component
public class PenaltyIntake {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuntimeService runtimeService;
  private final CaseFile caseFile;
  private final CaseReferrals caseReferrals;

  PenaltyIntake(RuntimeService runtimeService, CaseFile caseFile, CaseReferrals caseReferrals) {
    this.runtimeService = runtimeService;
    this.caseFile = caseFile;
    this.caseReferrals = caseReferrals;
  }

  /**
   * Returns the case number. A referral must be open and come from a case the user may see
   * ({@code visible}); its case supplies the enterprise and district the proposal leaves out, and the case is opened
   * in that district (another is refused, 400).
   */
  public String propose(PenaltyProposal proposal, Predicate<String> visibleDistrict) {
    Map<String, Object> variables = new HashMap<>();
    ReferralView referral = proposal.referralId() == null ? null : referral(proposal.referralId(), visibleDistrict);
    CaseSummary source = referral == null ? null : caseFile.find(referral.caseNo()).orElseThrow();
    if (source != null && proposal.district() != null && !proposal.district().isBlank()
        && !District.of(proposal.district()).code().equals(source.district())) {
      // The referring case and the case it becomes are one district's: neither names a case the other cannot see.
      throw new InvalidInputException("移送的案件须在原案件所属区（" + District.of(source.district()).chineseName()
          + "）立案");
    }
    variables.put(CommonVariables.DISTRICT, orSource(proposal.district(), source, CaseSummary::district));
    variables.put(CommonVariables.STREET, orSource(proposal.street(), source, CaseSummary::street));
    variables.put(CommonVariables.ENTERPRISE_NAME, orSource(proposal.enterpriseName(), source,
        CaseSummary::enterpriseName));
    variables.put(CommonVariables.ENTERPRISE_USCC, orSource(proposal.enterpriseUscc(), source,
        CaseSummary::enterpriseUscc));
    variables.put(CommonVariables.SECTOR, orSource(proposal.sector(), source, CaseSummary::sector));
    variables.put(Var.VIOLATION_FACTS, proposal.violationFacts());
    variables.put(Var.VIOLATION_ON, blankToNull(proposal.violationOn()));
    variables.put(Var.VIOLATION_CONTINUING, Boolean.TRUE.equals(proposal.violationContinuing()));
    variables.put(Var.LIFE_HEALTH_HARM, Boolean.TRUE.equals(proposal.lifeHealthHarm()));
    variables.put(Var.DEATHS, proposal.deaths() == null ? 0 : proposal.deaths());
    variables.put(Var.SERIOUS_INJURIES, proposal.seriousInjuries() == null ? 0 : proposal.seriousInjuries());
    variables.put(Var.DIRECT_LOSS_YUAN, proposal.directLossYuan() == null ? 0L : proposal.directLossYuan());
    // A referred violation was found when the referring case was opened (a hazard reported, an accident reported).
    variables.put(Var.DISCOVERED_ON, source == null ? null : BureauTime.dayOf(source.openedAt()).toString());
    variables.put(Var.LEGAL_BASIS_ARTICLE, proposal.legalBasisArticle());
    variables.put(Var.LEGAL_BASIS, proposal.legalBasis());
    variables.put(Var.ACCIDENT_GRADE, blankToNull(proposal.accidentGrade()));
    variables.put(Var.AGGRAVATED, Boolean.TRUE.equals(proposal.aggravated()));
    variables.put(Var.OVERDUE_UNCORRECTED, Boolean.TRUE.equals(proposal.overdueUncorrected())
        || referral != null && referral.overdueUncorrected());
    variables.put(Var.DECISION_TYPE, proposal.decisionType());
    variables.put(Var.INVESTIGATORS, proposal.investigators());
    variables.put(Var.EXEMPTION_REASON, blankToNull(proposal.exemptionReason()));
    variables.put(Var.REFERRAL_ID, proposal.referralId());
    try {
      variables.put(Var.PARTIES, JSON.writeValueAsString(proposal.parties()));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("当事人列表无法读取");
    }
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(DualPenaltyProcess.PROCESS_KEY,
        variables)).getBusinessKey();
  }

  private ReferralView referral(long referralId, Predicate<String> visibleDistrict) {
    return caseReferrals.find(referralId)
        .filter(r -> ReferralKind.PENALTY.name().equals(r.kind()))
        .filter(r -> caseFile.find(r.caseNo()).map(c -> visibleDistrict.test(c.district())).orElse(false))
        .orElseThrow(() -> new NotFoundException("未找到移送记录：" + referralId));
  }

  private static String orSource(String given, CaseSummary source,
                                 java.util.function.Function<CaseSummary, String> field) {
    return given != null && !given.isBlank() || source == null ? given : field.apply(source);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
