package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.CaseReferrals;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.ReferralKind;
import cn.sh.emergency.supervision.casefile.ReferralView;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.hazard.HazardReport;
import cn.sh.emergency.supervision.hazard.HazardSource;
import cn.sh.emergency.supervision.hazard.process.HazardIntake;
import cn.sh.emergency.supervision.inspection.Finding;
import cn.sh.emergency.supervision.inspection.FindingAction;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Code;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Typed;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands the finding just recorded over, in the same transaction (refused, the finding is not recorded either): a
 * hazard becomes a hazard case of the closed loop (source 监督检查, started as the officer who recorded it, its own
 * duplicate check included), linked both ways; a violation becomes an open penalty referral the dual-penalty
 * lifecycle takes up. The ledger counts it as a violation found (每千家次检查发现违法行为). The finding's fields are
 * cleared for the next one.
 */
@Component("handOverFindingDelegate")
class HandOverFindingDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final HazardIntake hazardIntake;
  private final CaseReferrals caseReferrals;
  private final IdentityService identityService;

  HandOverFindingDelegate(Inspections inspections, HazardIntake hazardIntake, CaseReferrals caseReferrals,
                          IdentityService identityService) {
    this.inspections = inspections;
    this.hazardIntake = hazardIntake;
    this.caseReferrals = caseReferrals;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    String actor = EngineUsers.currentOr(identityService, null);
    Instant at = EngineClock.now();
    FindingAction action = Coded.find(FindingAction.class, Typed.FINDING_ACTION.from(execution).get()).orElseThrow();
    String description = Typed.FINDING_DESCRIPTION.from(execution).get().trim();
    String location = Typed.FINDING_LOCATION.from(execution).get().trim();
    String item = Typed.FINDING_ITEM.from(execution).getOrNull();
    int seq = inspections.recordFinding(caseNo, new Finding(description, location,
        item == null || item.isBlank() ? null : item.trim(), action), actor, at);
    String reason = "执法检查发现第" + seq + "项问题：" + description + "（" + location + "）";
    String hazardCaseNo = null;
    Long referralId = null;
    if (action.opensHazard()) {
      hazardCaseNo = hazardIntake.report(new HazardReport(CommonVariables.Typed.DISTRICT.from(execution).get(),
          CommonVariables.Typed.STREET.from(execution).getOrNull(),
          CommonVariables.Typed.ENTERPRISE_NAME.from(execution).get(),
          CommonVariables.Typed.ENTERPRISE_USCC.from(execution).get(),
          CommonVariables.Typed.SECTOR.from(execution).get(), HazardSource.INSPECTION.code(), location, description,
          null, Boolean.TRUE.equals(execution.getVariable(CommonVariables.DUPLICATE_CONFIRMED))));
      ReferralView handedOver = caseReferrals.refer(caseNo, ReferralKind.HAZARD, reason,
          entry(execution, at, actor, ReferralKind.HAZARD, reason));
      caseReferrals.accept(handedOver.id(), ReferralKind.HAZARD, hazardCaseNo,
          new RecordEntry(RecordKind.REFERRAL, at, actor, null, "执法检查发现的隐患", null, Code.HAZARD_OPENED,
              "由执法检查" + caseNo + "发现：" + description, Map.of("inspectionCaseNo", caseNo, "finding", seq))
              .withOutcomeName("执法检查发现"));
    }
    if (action.refersForPenalty()) {
      referralId = caseReferrals.refer(caseNo, ReferralKind.PENALTY, reason,
          entry(execution, at, actor, ReferralKind.PENALTY, reason)).id();
      execution.setVariable(Var.PENALTY_REFERRED, true);
    }
    inspections.handedOver(caseNo, seq, hazardCaseNo, referralId);
    for (String name : new String[] {Var.FINDING_DESCRIPTION, Var.FINDING_LOCATION, Var.FINDING_ITEM,
        Var.FINDING_ACTION, CommonVariables.DUPLICATE_CONFIRMED}) {
      execution.removeVariable(name);
    }
  }

  private static RecordEntry entry(DelegateExecution execution, Instant at, String actor, ReferralKind kind,
                                   String reason) {
    return new RecordEntry(RecordKind.REFERRAL, at, actor, execution.getCurrentActivityId(), kind.chineseName(),
        execution.getProcessInstanceId(), kind.name(), reason, Map.of()).withOutcomeName(kind.chineseName());
  }
}
