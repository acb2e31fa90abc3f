package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.PenaltyTimeLimits;
import cn.sh.emergency.supervision.shared.Deadline;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 立案: the registration starts the decision period (行政处罚法 art. 60: 90 days), which the ledger shows; an approved
 * exemption from penalising a responsible person is recorded.
 */
@Component("registerPenaltyCaseDelegate")
class RegisterPenaltyCaseDelegate implements JavaDelegate {

  static final String EXEMPTION_APPROVED = "EXEMPTION_APPROVED";

  private final CaseFile caseFile;
  private final CaseRecords caseRecords;
  private final Deadline deadline;
  private final PenaltyTimeLimits limits;

  RegisterPenaltyCaseDelegate(CaseFile caseFile, CaseRecords caseRecords, Deadline deadline,
                              PenaltyTimeLimits limits) {
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
    this.deadline = deadline;
    this.limits = limits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date registeredAt = Date.from(EngineClock.now());
    Date decisionDeadline = deadline.days(registeredAt, limits.getDecisionDays());
    Typed.REGISTERED_AT.on(execution).set(registeredAt);
    Typed.DECISION_DEADLINE.on(execution).set(decisionDeadline);
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    caseFile.setDeadline(caseNo, decisionDeadline.toInstant());
    // The ledger grades a penalty case by the accident it punishes, if any (the dual-penalty rate counts these).
    String accidentGrade = Typed.ACCIDENT_GRADE.from(execution).getOrNull();
    if (accidentGrade != null && !accidentGrade.isBlank()) {
      caseFile.grade(caseNo, accidentGrade);
    }
    String exemption = Typed.EXEMPTION_REASON.from(execution).getOrNull();
    if (exemption != null && !exemption.isBlank()) {
      // 一案双罚 without a person: the leaders approved the reason with the registration; the record says so.
      caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.DECISION, "不追究个人责任（经立案审批同意）",
          EXEMPTION_APPROVED, exemption, Map.of()).withOutcomeName("同意不追究个人责任"));
    }
  }
}
