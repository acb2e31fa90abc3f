package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.legalreview.Publications;
import cn.sh.emergency.supervision.penalty.RemedyProcess.Typed;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Withdraws a changed or revoked decision from publication with its reason (行政处罚法 art. 48 para. 2): as the
 * handler who confirmed it, or as the system when the 3 working days have passed.
 */
@Component("withdrawPublicationDelegate")
class WithdrawPublicationDelegate implements JavaDelegate {

  private final Publications publications;
  private final IdentityService identityService;

  WithdrawPublicationDelegate(Publications publications, IdentityService identityService) {
    this.publications = publications;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publications.withdraw(Typed.DECISION_NO.from(execution).get(), Typed.WITHDRAWAL_REASON.from(execution).get(),
        EngineUsers.currentOr(identityService, EngineUsers.SYSTEM));
  }
}
