package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Var;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A case opened for a penalty referral (a hazard's 移送, an accident's accountability) takes it up: linked both ways. */
@Component("linkSourceCaseDelegate")
class LinkSourceCaseDelegate implements JavaDelegate {

  private final CaseReferrals caseReferrals;

  LinkSourceCaseDelegate(CaseReferrals caseReferrals) {
    this.caseReferrals = caseReferrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object referralId = execution.getVariable(Var.REFERRAL_ID);
    if (referralId == null || referralId.toString().isBlank()) {
      return;
    }
    long id = Long.parseLong(referralId.toString().trim());
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    ReferralView referral = caseReferrals.accept(id, ReferralKind.PENALTY, caseNo,
        StepRecords.bySystem(execution, RecordKind.REFERRAL, null, "ACCEPTED", null, Map.of("referralId", id)));
    execution.setVariable(Var.SOURCE_CASE_NO, referral.caseNo());
  }
}
