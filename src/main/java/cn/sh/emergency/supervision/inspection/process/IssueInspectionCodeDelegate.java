package cn.sh.emergency.supervision.inspection.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.identity.EnforcementCertificates;
import cn.sh.emergency.supervision.identity.EnforcementOfficer;
import cn.sh.emergency.supervision.inspection.CodeApplication;
import cn.sh.emergency.supervision.inspection.InspectionBasis;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Typed;
import cn.sh.emergency.supervision.inspection.InspectionProcess.Var;
import cn.sh.emergency.supervision.inspection.InspectionTimeLimits;
import cn.sh.emergency.supervision.inspection.InspectionView;
import cn.sh.emergency.supervision.inspection.Inspections;
import cn.sh.emergency.supervision.penalty.Investigators;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 赋码: the application checked, the case gets its 检查码, valid for the configured days from the planned day, with
 * the officers and their certificate numbers as they are now. The ledger's grade is why the unit is inspected.
 */
@Component("issueInspectionCodeDelegate")
class IssueInspectionCodeDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final EnforcementCertificates certificates;
  private final InspectionTimeLimits limits;
  private final Deadline deadline;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  IssueInspectionCodeDelegate(Inspections inspections, EnforcementCertificates certificates,
                              InspectionTimeLimits limits, Deadline deadline, CaseFile caseFile,
                              CaseRecords caseRecords) {
    this.inspections = inspections;
    this.certificates = certificates;
    this.limits = limits;
    this.deadline = deadline;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    InspectionBasis basis = Coded.find(InspectionBasis.class, Typed.INSPECTION_BASIS.from(execution).get())
        .orElseThrow();
    LocalDate plannedOn = deadline.dayOf(Typed.PLANNED_ON.from(execution).get());
    List<EnforcementOfficer> officers = Investigators.ids(execution.getVariable(Var.INSPECTORS)).stream()
        .map(id -> certificates.officer(id).orElseThrow()).toList();
    InspectionView inspection = inspections.issueCode(new CodeApplication(caseNo,
            CommonVariables.Typed.DISTRICT.from(execution).get(),
            CommonVariables.Typed.ENTERPRISE_USCC.from(execution).get(),
            CommonVariables.Typed.ENTERPRISE_NAME.from(execution).get(), basis,
            reason(execution, basis), basis.planned() ? Typed.PLAN_NO.from(execution).get() : null,
            basis == InspectionBasis.RANDOM ? Typed.DRAW_NO.from(execution).get() : null, plannedOn, officers),
        plannedOn.plusDays(limits.getCodeValidDays()), EngineClock.now());
    Typed.INSPECTION_CODE.on(execution).set(inspection.code());
    Typed.CODE_VALID_UNTIL.on(execution).set(inspection.validUntil().toString());
    caseFile.grade(caseNo, basis.code());
    caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, null, "CODED",
        "检查码" + inspection.code() + "，有效期至" + inspection.validUntil(),
        Map.of("inspectionCode", inspection.code())).withOutcomeName("已赋码"));
  }

  /** What triggered it; a planned inspection says which plan, a drawn one which draw. */
  private static String reason(DelegateExecution execution, InspectionBasis basis) {
    if (basis == InspectionBasis.RANDOM) {
      return "双随机抽取（" + Typed.DRAW_NO.from(execution).get() + "）";
    }
    return basis.planned() ? "按检查计划" + Typed.PLAN_NO.from(execution).get()
        : Typed.BASIS_REASON.from(execution).get().trim();
  }
}
