package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.StatuteTexts;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 安全生产法 art. 113: a unit penalised for major hazards 3 times within 180 days, or 4 times within a year, is
 * referred to the government for closure (提请予以关闭). Raised from the ledger by the decision that reaches a
 * threshold — the case's referral, in its record — never left to someone remembering the unit's history.
 */
@Component
class ClosureReferrals {

  private final PenaltyCases cases;
  private final CaseReferrals caseReferrals;
  private final PenaltyTimeLimits limits;

  ClosureReferrals(PenaltyCases cases, CaseReferrals caseReferrals, PenaltyTimeLimits limits) {
    this.cases = cases;
    this.caseReferrals = caseReferrals;
    this.limits = limits;
  }

  /** After a party's decision: refers the case for closure when this decision reaches a threshold. */
  void afterDecision(DelegateExecution execution, Long partyId) {
    long inWindow = cases.majorHazardDecisionsWithin(partyId, Period.ofDays(limits.getClosureWindowDays()));
    long inYear = cases.majorHazardDecisionsWithin(partyId, Period.ofYears(1));
    if (inWindow != limits.getClosureDecisionsInWindow() && inYear != limits.getClosureDecisionsInYear()) {
      return;
    }
    String reason = StatuteTexts.text("rule.closure-referral", cases.party(partyId).name(),
        inWindow == limits.getClosureDecisionsInWindow() ? limits.getClosureWindowDays() + "日内" : "一年内",
        inWindow == limits.getClosureDecisionsInWindow() ? inWindow : inYear);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseReferrals.refer(caseNo, ReferralKind.CLOSURE, reason, StepRecords.bySystem(execution, RecordKind.REFERRAL,
        ReferralKind.CLOSURE.chineseName(), ReferralKind.CLOSURE.name(), reason, Map.of())
        .withOutcomeName(ReferralKind.CLOSURE.chineseName()));
  }
}
