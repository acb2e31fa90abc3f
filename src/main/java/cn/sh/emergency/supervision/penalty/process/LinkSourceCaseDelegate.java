package cn.sh.emergency.supervision.penalty.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
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
    // A number, or its text from the engine's REST API.
    Object referralId = asSubmitted(Typed.REFERRAL_ID, execution);
    if (referralId == null || referralId.toString().isBlank()) {
      return;
    }
    long id = Long.parseLong(referralId.toString().trim());
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    ReferralView referral = caseReferrals.accept(id, ReferralKind.PENALTY, caseNo,
        StepRecords.bySystem(execution, RecordKind.REFERRAL, null, CaseReferrals.ACCEPTED, null,
            Map.of("referralId", id)).withOutcomeName(CaseReferrals.ACCEPTED_NAME));
    Typed.SOURCE_CASE_NO.on(execution).set(referral.caseNo());
  }
}
