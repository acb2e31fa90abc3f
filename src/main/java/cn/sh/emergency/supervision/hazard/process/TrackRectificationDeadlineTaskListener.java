package cn.sh.emergency.supervision.hazard.process;

import cn.sh.emergency.supervision.casefile.CaseFile;
import cn.sh.emergency.supervision.hazard.HazardProcess.Typed;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.Deadline;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The ledger follows the rectification deadline in force whenever rectification (re)starts. */
@Component("trackRectificationDeadlineTaskListener")
class TrackRectificationDeadlineTaskListener implements TaskListener {

  private final CaseFile caseFile;
  private final Deadline deadline;

  TrackRectificationDeadlineTaskListener(CaseFile caseFile, Deadline deadline) {
    this.caseFile = caseFile;
    this.deadline = deadline;
  }

  @Override
  public void notify(DelegateTask task) {
    caseFile.setDeadline(CommonVariables.Typed.CASE_NO.from(task).getOrNull(),
        deadline.endOf(Typed.RECTIFICATION_DEADLINE.from(task).getOrNull()).toInstant());
  }
}
