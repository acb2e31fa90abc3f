package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.hazard.HazardProcess;
import cn.sh.emergency.supervision.hazard.HazardProcess.Var;
import cn.sh.emergency.supervision.hazard.HazardReport;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineCalls;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts a hazard case from a report, as the requesting user: the engine checks the permission to start, the
 * tenant provider the district, the submission rules the report; the case file assigns the case number.
 */
@Component
public class HazardIntake {

  private final RuntimeService runtimeService;

  HazardIntake(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Returns the case number. */
  public String report(HazardReport report) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CommonVariables.DISTRICT, report.district());
    variables.put(CommonVariables.STREET, report.street());
    variables.put(CommonVariables.ENTERPRISE_NAME, report.enterpriseName());
    variables.put(CommonVariables.ENTERPRISE_USCC, report.enterpriseUscc());
    variables.put(CommonVariables.SECTOR, report.sector());
    variables.put(Var.SOURCE, report.source());
    variables.put(Var.LOCATION, report.location());
    variables.put(Var.DESCRIPTION, report.description());
    variables.put(Var.REPORTER_CONTACT, report.reporterContact());
    variables.put(CommonVariables.DUPLICATE_CONFIRMED, Boolean.TRUE.equals(report.duplicateConfirmed()));
    ProcessInstance started = EngineCalls.call(
        () -> runtimeService.startProcessInstanceByKey(HazardProcess.PROCESS_KEY, variables));
    return started.getBusinessKey();
  }
}
