package cn.sh.emergency.supervision.accident.process;

import static cn.sh.emergency.supervision.shared.process.TypedVariables.asSubmitted;

import cn.sh.emergency.supervision.accident.AccidentDecisions;
import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentProcess.Typed;
import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.accident.AccidentReporting;
import cn.sh.emergency.supervision.accident.CasualtyUpdate;
import cn.sh.emergency.supervision.accident.InvestigatingLevel;
import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.CaseRecords;
import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.AccidentGrade;
import cn.sh.emergency.supervision.shared.Coded;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补报: casualty changes within 30 days of the accident (road traffic and fire: 7) re-grade it with the same decision
 * tables; if the new grade belongs to a higher government, the investigation escalates by itself (art. 20 para 2).
 * Later updates are refused. The caller's right to the case is checked by the web layer.
 */
@Component
public class AccidentCasualties {

  /** What the update changed. */
  public record Result(String caseNo, String previousGrade, String grade, String investigatingLevel,
                       boolean escalated) {
  }

  private final RuntimeService runtimeService;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final AccidentReporting reporting;
  private final CaseFile caseFile;
  private final CaseRecords caseRecords;

  AccidentCasualties(RuntimeService runtimeService, DecisionService decisionService, IdentityService identityService,
                     AccidentReporting reporting, CaseFile caseFile, CaseRecords caseRecords) {
    this.runtimeService = runtimeService;
    this.decisionService = decisionService;
    this.identityService = identityService;
    this.reporting = reporting;
    this.caseFile = caseFile;
    this.caseRecords = caseRecords;
  }

  @Transactional
  public Result update(String caseNo, CasualtyUpdate update, String actor) {
    return SystemContext.asSystem(identityService, () -> apply(caseNo, update, actor));
  }

  private Result apply(String caseNo, CasualtyUpdate update, String actor) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
        .processDefinitionKey(AccidentProcess.PROCESS_KEY).singleResult();
    if (instance == null) {
      throw new ConflictException("事故案件已结案或不存在，不能补报：" + caseNo);
    }
    String id = instance.getId();
    VariableMap vars = runtimeService.getVariablesTyped(id);
    Instant occurredAt = AccidentTimes.instant(asSubmitted(Typed.OCCURRED_AT, vars), "事故发生时间");
    boolean roadOrFire = Typed.ROAD_OR_FIRE.from(vars).getOrDefault(false);
    Instant now = EngineClock.now();
    if (!reporting.acceptsSupplementaryReport(occurredAt, roadOrFire, now)) {
      throw new ConflictException("已超过补报期限（" + (roadOrFire ? "道路交通、火灾事故7日" : "30日") + "，截至"
          + reporting.supplementaryReportsUntil(occurredAt, roadOrFire) + "）");
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put(Var.DEATHS, update.deaths());
    figures.put(Var.SERIOUS_INJURIES, update.seriousInjuries());
    figures.put(Var.MISSING, update.missing());
    figures.put(Var.DIRECT_LOSS_YUAN, update.directLossYuan());
    String previousGrade = Typed.GRADE.from(vars).getOrNull();
    String grade = (String) decisionService.evaluateDecisionTableByKey(AccidentDecisions.ACCIDENT_GRADE, figures)
        .getSingleEntry();
    Map<String, Object> levelInputs = new LinkedHashMap<>(figures);
    levelInputs.put(Var.GRADE, grade);
    InvestigatingLevel required = InvestigatingLevel.valueOf((String) decisionService.evaluateDecisionTableByKey(
        AccidentDecisions.ACCIDENT_INVESTIGATING_LEVEL, levelInputs).getSingleEntry());
    InvestigatingLevel current = InvestigatingLevel.valueOf(Typed.INVESTIGATING_LEVEL.from(vars).getOrNull());
    boolean escalate = required.compareTo(current) > 0;
    VariableMap changed = Variables.createVariables();
    Typed.DEATHS.on(changed).set(update.deaths());
    Typed.SERIOUS_INJURIES.on(changed).set(update.seriousInjuries());
    Typed.MISSING.on(changed).set(update.missing());
    Typed.DIRECT_LOSS_YUAN.on(changed).set(update.directLossYuan());
    Typed.GRADE.on(changed).set(grade);
    if (escalate) {
      Typed.INVESTIGATING_LEVEL.on(changed).set(required.name());
      Typed.ESCALATED.on(changed).set(true);
      Typed.ESCALATION_REASON.on(changed).set("补报后事故等级为" + Coded.nameOf(AccidentGrade.class, grade) + "，依法由"
          + required.chineseName() + "调查");
    }
    runtimeService.setVariables(id, changed);
    caseFile.grade(caseNo, grade);
    caseFile.recordDeaths(caseNo, update.deaths() + update.missing());
    if (escalate) {
      caseFile.markEscalated(caseNo);
    }
    Map<String, Object> details = new LinkedHashMap<>(figures);
    details.put("previousGrade", previousGrade);
    details.put("grade", grade);
    details.put("investigatingLevel", (escalate ? required : current).name());
    caseRecords.append(caseNo, new RecordEntry(RecordKind.CORRECTION, now, actor, null, "事故补报", id,
        escalate ? "ESCALATED" : "SUPPLEMENTED", null, details));
    return new Result(caseNo, previousGrade, grade, (escalate ? required : current).name(), escalate);
  }
}
