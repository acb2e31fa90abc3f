package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.casefile.process.StepRecords;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The rectification deadline has passed: the case is overdue, and stays counted as not rectified on time. */
@Component("markOverdueDelegate")
class MarkOverdueDelegate implements JavaDelegate {

  private final CaseFile caseFile;

  MarkOverdueDelegate(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Typed.OVERDUE_OCCURRED.on(execution).set(true);
    caseFile.markOverdue(StepRecords.caseNo(execution).orElseThrow());
  }
}
