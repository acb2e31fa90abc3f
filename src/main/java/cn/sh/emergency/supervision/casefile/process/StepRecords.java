package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.RecordEntry;
import cn.sh.emergency.supervision.casefile.RecordKind;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case of an execution and the full-process record entry a process step writes on the system's behalf. */
public final class StepRecords {

  private StepRecords() {
  }

  /** The case the execution belongs to ({@code caseNo} variable), if any. */
  public static Optional<String> caseNo(DelegateExecution execution) {
    return execution == null ? Optional.empty()
        : CommonVariables.Typed.CASE_NO.from(execution).getOptional();
  }

  /** An entry for the current step, done by the system now (engine clock). */
  public static RecordEntry bySystem(DelegateExecution execution, RecordKind kind, String name, String outcome,
                                     String opinion, Map<String, Object> details) {
    return new RecordEntry(kind, EngineClock.now(), EngineUsers.SYSTEM, execution.getCurrentActivityId(),
        name != null ? name : execution.getCurrentActivityName(), execution.getProcessInstanceId(), outcome, opinion,
        details);
  }
}
