package cn.sh.emergency.supervision.shared.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work on behalf of the system after the caller's right to ask for it has been checked in the domain
 * (e.g. a leader urging a case of their district may raise the priority of tasks they cannot edit themselves).
 * The caller's engine authentication is restored afterwards.
 */
public final class SystemContext {

  private SystemContext() {
  }

  public static <T> T asSystem(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
