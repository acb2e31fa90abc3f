package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 移送行政处罚: an open penalty referral on the case, which the dual-penalty lifecycle turns into a case. A hazard is
 * referred only after its rectification ran out (逾期未改正), which the referral records for the penalty's tier.
 */
@Component("referForPenaltyDelegate")
class ReferForPenaltyDelegate implements JavaDelegate {

  private final CaseReferrals caseReferrals;

  ReferForPenaltyDelegate(CaseReferrals caseReferrals) {
    this.caseReferrals = caseReferrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = Typed.REFERRAL_REASON.from(execution).getOrNull();
    caseReferrals.refer(StepRecords.caseNo(execution).orElseThrow(), ReferralKind.PENALTY, reason, true,
        StepRecords.bySystem(execution, RecordKind.REFERRAL, null, null, reason,
            Map.of("referral", ReferralKind.PENALTY.name())));
  }
}
