package cn.sh.emergency.supervision.legalreview.process;

import cn.sh.emergency.supervision.legalreview.LegalReviewProcess.Typed;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import org.springframework.stereotype.Component;

/** The reviewer who completed the review is an output of the legal review ({@code legalReviewer}). */
@Component("recordLegalReviewerTaskListener")
class RecordLegalReviewerTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Typed.LEGAL_REVIEWER.on(task.getExecution()).set(
        EngineUsers.currentOr(task.getProcessEngineServices().getIdentityService(), task.getAssignee()));
  }
}
