package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.CaseSummary;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.penalty.PartyStatus;
import cn.sh.emergency.supervision.penalty.PartyView;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.RemedyKind;
import cn.sh.emergency.supervision.penalty.RemedyProcess;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Var;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.InvalidInputException;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政复议 and 行政诉讼 against a party's penalty decision ({@code decision-remedy}): filed one at a time per decision
 * and recorded in the case; pending, it stops court enforcement (行政强制法 art. 53).
 */
@Component("decisionRemedies")
public class DecisionRemedies {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final PenaltyCases cases;
  private final CaseRecords caseRecords;

  DecisionRemedies(RuntimeService runtimeService, IdentityService identityService, PenaltyCases cases,
                   CaseRecords caseRecords) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.cases = cases;
    this.caseRecords = caseRecords;
  }

  /**
   * Records the party's filing against a decision of a case the caller may see (checked before): 409 while another
   * is pending or once the decision was revoked; 400 for a day before the decision or still to come. Returns the
   * process instance id.
   */
  @Transactional
  public String file(CaseSummary penaltyCase, String decisionNo, RemedyKind kind, LocalDate filedOn, String authority,
                     String reference, String actor) {
    PartyView party = cases.partyOfDecision(decisionNo);
    if (party.status() == PartyStatus.REVOKED) {
      throw new ConflictException("该处罚决定已被撤销：" + decisionNo);
    }
    if (pending(decisionNo)) {
      throw new ConflictException("该处罚决定已有尚未办结的行政复议或者行政诉讼：" + decisionNo);
    }
    if (filedOn.isBefore(party.decidedOn())) {
      throw new InvalidInputException("申请或者起诉日期不能早于决定日期（" + party.decidedOn() + "）");
    }
    Map<String, Object> variables = CaseProcessVariables.of(penaltyCase);
    variables.put(Var.DECISION_NO, decisionNo);
    variables.put(Var.PARTY_NAME, party.name());
    variables.put(Var.REMEDY_KIND, kind.code());
    variables.put(Var.REMEDY_FILED_ON, filedOn.toString());
    variables.put(Var.REMEDY_AUTHORITY, authority);
    variables.put(Var.REMEDY_REFERENCE, reference);
    String id = EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(RemedyProcess.PROCESS_KEY,
        penaltyCase.caseNo(), variables)).getId();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(Var.DECISION_NO, decisionNo);
    details.put(Var.REMEDY_KIND, kind.code());
    details.put(Var.REMEDY_FILED_ON, filedOn.toString());
    details.put(Var.REMEDY_AUTHORITY, authority);
    String filed = (kind == RemedyKind.LITIGATION ? "提起" : "申请") + kind.chineseName();
    caseRecords.append(penaltyCase.caseNo(), new RecordEntry(RecordKind.DECISION, EngineClock.now(), actor, null,
        kind.chineseName() + "：" + party.name(), id, kind.code(),
        party.name() + "于" + filedOn + "向" + authority + filed + "（" + decisionNo + "）", details)
        .withOutcomeName("已" + filed));
    return id;
  }

  /** A review or suit against the decision is filed and its outcome not yet recorded. */
  public boolean pending(String decisionNo) {
    return decisionNo != null && SystemContext.asSystem(identityService, () -> runtimeService.createExecutionQuery()
        .processDefinitionKey(RemedyProcess.PROCESS_KEY).activityId(RemedyProcess.USER_TASK_RECORD_REMEDY_OUTCOME)
        .processVariableValueEquals(Var.DECISION_NO, decisionNo).count() > 0);
  }
}
