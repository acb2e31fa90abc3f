package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.legalreview.DecisionType;
import cn.sh.emergency.supervision.penalty.LegalArticle;
import cn.sh.emergency.supervision.penalty.PartyKind;
import cn.sh.emergency.supervision.penalty.PenaltyProposal;
import cn.sh.emergency.supervision.penalty.process.PenaltyIntake;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Accountability (责任追究): the unit (art. 114) and its principal person (art. 95, or art. 110 when the accident was
 * reported late) go to a dual-penalty case with the accident's grade, opened through the penalty intake for a
 * referral of this case, so the two are linked both ways. The accountability step names the penalty case's
 * investigators; the intake refuses them unless they are two officers with enforcement certificates, and the step
 * stays open. A transfer to judicial organs and a disciplinary referral are recorded as referrals of their own.
 */
@Component("startAccidentPenaltyCaseDelegate")
class StartAccidentPenaltyCaseDelegate implements JavaDelegate {

  private final CaseReferrals caseReferrals;
  private final PenaltyIntake penalties;
  private final Deadline deadline;

  StartAccidentPenaltyCaseDelegate(CaseReferrals caseReferrals, PenaltyIntake penalties, Deadline deadline) {
    this.caseReferrals = caseReferrals;
    this.penalties = penalties;
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String note = text(execution, Typed.ACCOUNTABILITY_NOTE);
    for (ReferralKind kind : List.of(ReferralKind.JUDICIAL, ReferralKind.DISCIPLINARY)) {
      VariableFactory<Boolean> flag = kind == ReferralKind.JUDICIAL ? Typed.JUDICIAL_TRANSFER
          : Typed.DISCIPLINARY_REFERRAL;
      if (flag.from(execution).getOrDefault(false)) {
        caseReferrals.refer(caseNo, kind, note, StepRecords.bySystem(execution, RecordKind.REFERRAL,
            kind.chineseName(), kind.name(), note, Map.of()).withOutcomeName(kind.chineseName()));
      }
    }
    ReferralView referral = caseReferrals.refer(caseNo, ReferralKind.PENALTY, text(execution, Typed.CAUSE),
        StepRecords.bySystem(execution, RecordKind.REFERRAL, "移送行政处罚（一案双罚）", ReferralKind.PENALTY.name(),
            null, Map.of()).withOutcomeName(ReferralKind.PENALTY.chineseName()));
    String penaltyCaseNo = penalties.propose(proposal(execution, referral.id()), district -> true);
    Typed.PENALTY_CASE_NO.on(execution).set(penaltyCaseNo);
  }

  private PenaltyProposal proposal(DelegateExecution execution, long referralId) {
    List<Map<String, Object>> parties = new ArrayList<>();
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("kind", PartyKind.UNIT.code());
    unit.put("name", text(execution, CommonVariables.Typed.ENTERPRISE_NAME));
    unit.put("uscc", text(execution, CommonVariables.Typed.ENTERPRISE_USCC));
    parties.add(unit);
    if (!text(execution, Typed.PRINCIPAL_NAME).isEmpty()) {
      Map<String, Object> principal = new LinkedHashMap<>();
      principal.put("kind", PartyKind.PRINCIPAL.code());
      principal.put("name", text(execution, Typed.PRINCIPAL_NAME));
      principal.put("idNumber", text(execution, Typed.PRINCIPAL_ID_NUMBER));
      // A number, or its text from the engine's REST API: the penalty intake reads either.
      Object income = asSubmitted(Typed.PRINCIPAL_INCOME_YUAN, execution);
      principal.put("lastYearIncomeYuan", income instanceof Number n ? n.longValue() : income);
      if (Typed.LATE_REPORT.from(execution).getOrDefault(false)) {
        principal.put("legalBasisArticle", LegalArticle.SPL_110.code());  // 迟报: art. 110, not art. 95
      }
      parties.add(principal);
    }
    String exemption = text(execution, Typed.EXEMPTION_REASON);
    return new PenaltyProposal(text(execution, CommonVariables.Typed.DISTRICT),
        text(execution, CommonVariables.Typed.STREET), text(execution, CommonVariables.Typed.ENTERPRISE_NAME),
        text(execution, CommonVariables.Typed.ENTERPRISE_USCC), text(execution, CommonVariables.Typed.SECTOR),
        text(execution, Typed.CAUSE),
        // The accident is the violation's harm to life and health (行政处罚法 art. 36: 5 years), on the day it happened.
        Objects.toString(deadline.dayOrNull(Typed.OCCURRED_AT.from(execution).getOrNull()), null), false, true,
        // The casualties (the missing with the dead) and loss as now known: the penalty case screens them against the
        // crimes' thresholds.
        count(execution, Typed.DEATHS) + count(execution, Typed.MISSING), count(execution, Typed.SERIOUS_INJURIES),
        Typed.DIRECT_LOSS_YUAN.from(execution).getOptional().map(Number::longValue).orElse(0L),
        LegalArticle.SPL_114.code(), LegalArticle.SPL_114.citation(),
        text(execution, Typed.GRADE), false, false, DecisionType.FINE.code(),
        text(execution, Typed.PENALTY_INVESTIGATORS), parties, exemption.isEmpty() ? null : exemption, referralId);
  }

  private static int count(DelegateExecution execution, VariableFactory<Number> variable) {
    return variable.from(execution).getOptional().map(Number::intValue).orElse(0);
  }

  private static String text(DelegateExecution execution, VariableFactory<String> variable) {
    return variable.from(execution).getOptional().map(String::trim).orElse("");
  }
}
