package cn.sh.emergency.supervision.accident.process;

import cn.sh.emergency.supervision.accident.AccidentProcess;
import cn.sh.emergency.supervision.accident.AccidentProcess.Var;
import cn.sh.emergency.supervision.accident.AccidentReport;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Opens an accident case from a report, as the requesting user (the same case the Tasklist form opens). */
@Component
public class AccidentIntake {

  private final RuntimeService runtimeService;

  AccidentIntake(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Returns the case number. */
  public String report(AccidentReport report) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, report.district());
    variables.put(CommonVariables.STREET, report.street());
    variables.put(CommonVariables.ENTERPRISE_NAME, report.enterpriseName());
    variables.put(CommonVariables.ENTERPRISE_USCC, report.enterpriseUscc());
    variables.put(CommonVariables.SECTOR, report.sector());
    variables.put(Var.OCCURRED_AT, report.occurredAt());
    if (report.receivedAt() != null && !report.receivedAt().isBlank()) {
      variables.put(Var.RECEIVED_AT, report.receivedAt());
    }
    variables.put(Var.REPORTED_AT, report.reportedAt());
    variables.put(Var.DEATHS, report.deaths());
    variables.put(Var.SERIOUS_INJURIES, report.seriousInjuries());
    variables.put(Var.MISSING, report.missing());
    variables.put(Var.DIRECT_LOSS_YUAN, report.directLossYuan());
    variables.put(Var.ROAD_OR_FIRE, Boolean.TRUE.equals(report.roadOrFire()));
    variables.put(Var.CONCEALMENT_SUSPECTED, Boolean.TRUE.equals(report.concealmentSuspected()));
    variables.put(Var.DESCRIPTION, report.description());
    variables.put(CommonVariables.DUPLICATE_CONFIRMED, Boolean.TRUE.equals(report.duplicateConfirmed()));
    return EngineCalls.call(() -> runtimeService.startProcessInstanceByKey(AccidentProcess.PROCESS_KEY, variables))
        .getBusinessKey();
  }
}
