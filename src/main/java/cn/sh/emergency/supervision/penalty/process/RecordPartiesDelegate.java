package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.penalty.DualPenaltyProcess.Typed;
import cn.sh.emergency.supervision.penalty.Parties;
import cn.sh.emergency.supervision.penalty.Party;
import cn.sh.emergency.supervision.penalty.PenaltyCases;
import cn.sh.emergency.supervision.penalty.PrincipalBans;
import cn.sh.emergency.supervision.shared.BureauTime;
import cn.sh.emergency.supervision.shared.CommonVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the unit and the responsible persons of the case (checked already when the case was proposed), and
 * flags a principal barred from leading the unit (任职限制, 安全生产法 art. 94 para. 3) on the forms and in the record.
 */
@Component("recordPartiesDelegate")
class RecordPartiesDelegate implements JavaDelegate {

  private final PenaltyCases cases;
  private final PrincipalBans bans;
  private final CaseRecords caseRecords;

  RecordPartiesDelegate(PenaltyCases cases, PrincipalBans bans, CaseRecords caseRecords) {
    this.cases = cases;
    this.bans = bans;
    this.caseRecords = caseRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = StepRecords.caseNo(execution).orElseThrow();
    List<Party> parties = PartyVariables.read(execution);
    cases.register(caseNo, parties);
    Typed.PARTIES.on(execution).set(Parties.toJson(parties));
    List<String> conflicts = bans.conflicts(caseNo, parties,
        CommonVariables.Typed.SECTOR.from(execution).getOrNull(), BureauTime.today());
    if (!conflicts.isEmpty()) {
      String notice = "主要负责人处于任职限制期内（安全生产法第九十四条第三款），应当责令生产经营单位改正：" + String.join("；", conflicts);
      Typed.PRINCIPAL_BAN_NOTICE.on(execution).set(notice);
      caseRecords.append(caseNo, StepRecords.bySystem(execution, RecordKind.PRINCIPAL_BAN, null, "PRINCIPAL_BANNED", notice,
          Map.of()).withOutcomeName("主要负责人处于任职限制期内"));
    }
  }
}
