package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A statutory period of the case has run out: the ledger shows the case overdue. Usable by every lifecycle. */
@Component("markCaseOverdueDelegate")
class MarkCaseOverdueDelegate implements JavaDelegate {

  private final CaseFile caseFile;

  MarkCaseOverdueDelegate(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseFile.markOverdue(StepRecords.caseNo(execution).orElseThrow());
  }
}
