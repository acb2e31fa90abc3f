package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.casefile.CaseFile;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private final CaseFile caseFile;
  private final PenaltyIntake penalties;

  StartAccidentPenaltyCaseDelegate(CaseFile caseFile, PenaltyIntake penalties) {
    this.caseFile = caseFile;
    this.penalties = penalties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String note = text(execution, Var.ACCOUNTABILITY_NOTE);
    for (ReferralKind kind : List.of(ReferralKind.JUDICIAL, ReferralKind.DISCIPLINARY)) {
      String flag = kind == ReferralKind.JUDICIAL ? Var.JUDICIAL_TRANSFER : Var.DISCIPLINARY_REFERRAL;
      if (Boolean.TRUE.equals(execution.getVariable(flag))) {
        caseFile.refer(caseNo, kind, note, StepRecords.bySystem(execution, RecordKind.REFERRAL,
            kind == ReferralKind.JUDICIAL ? "移送司法机关" : "移送纪检监察机关", kind.name(), note, Map.of()));
      }
    }
    ReferralView referral = caseFile.refer(caseNo, ReferralKind.PENALTY, text(execution, Var.CAUSE),
        StepRecords.bySystem(execution, RecordKind.REFERRAL, "移送行政处罚（一案双罚）", ReferralKind.PENALTY.name(),
            null, Map.of()));
    String penaltyCaseNo = penalties.propose(proposal(execution, referral.id()), district -> true);
    execution.setVariable(Var.PENALTY_CASE_NO, penaltyCaseNo);
  }

  private static PenaltyProposal proposal(DelegateExecution execution, long referralId) {
    List<Map<String, Object>> parties = new ArrayList<>();
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("kind", PartyKind.UNIT.code());
    unit.put("name", text(execution, CommonVariables.ENTERPRISE_NAME));
    unit.put("uscc", text(execution, CommonVariables.ENTERPRISE_USCC));
    parties.add(unit);
    if (!text(execution, Var.PRINCIPAL_NAME).isEmpty()) {
      Map<String, Object> principal = new LinkedHashMap<>();
      principal.put("kind", PartyKind.PRINCIPAL.code());
      principal.put("name", text(execution, Var.PRINCIPAL_NAME));
      principal.put("idNumber", text(execution, Var.PRINCIPAL_ID_NUMBER));
      Object income = execution.getVariable(Var.PRINCIPAL_INCOME_YUAN);
      principal.put("lastYearIncomeYuan", income instanceof Number n ? n.longValue() : income);
      if (Boolean.TRUE.equals(execution.getVariable(Var.LATE_REPORT))) {
        principal.put("legalBasisArticle", LegalArticle.SPL_110.code());  // 迟报: art. 110, not art. 95
      }
      parties.add(principal);
    }
    String exemption = text(execution, Var.EXEMPTION_REASON);
    return new PenaltyProposal(text(execution, CommonVariables.DISTRICT), text(execution, CommonVariables.STREET),
        text(execution, CommonVariables.ENTERPRISE_NAME),
        text(execution, CommonVariables.ENTERPRISE_USCC), text(execution, CommonVariables.SECTOR),
        text(execution, Var.CAUSE), LegalArticle.SPL_114.code(), LegalArticle.SPL_114.citation(),
        text(execution, Var.GRADE), false, false, DecisionType.FINE.code(), text(execution, Var.PENALTY_INVESTIGATORS),
        parties, exemption.isEmpty() ? null : exemption, referralId);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }
}
