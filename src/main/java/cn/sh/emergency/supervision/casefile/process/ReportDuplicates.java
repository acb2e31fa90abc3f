package cn.sh.emergency.supervision.casefile.process;

import cn.sh.emergency.supervision.casefile.DuplicateReports;
import cn.sh.emergency.supervision.casefile.DuplicateRule;
import cn.sh.emergency.supervision.casefile.ReportedFacts;
import cn.sh.emergency.supervision.shared.CommonVariables;
import cn.sh.emergency.supervision.shared.ConflictException;
import cn.sh.emergency.supervision.shared.process.EngineClock;
import cn.sh.emergency.supervision.shared.process.EngineUsers;
import cn.sh.emergency.supervision.shared.process.TypedVariables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The engine side of duplicate reports, for a lifecycle's start once its case is open: compares the report with the
 * earlier cases of the district ({@link DuplicateReports}); a match without the reporter's confirmation
 * ({@link CommonVariables#DUPLICATE_CONFIRMED}) refuses the start (HTTP 409) and rolls the case back.
 */
@Component
public class ReportDuplicates {

  private final DuplicateReports duplicates;

  ReportDuplicates(DuplicateReports duplicates) {
    this.duplicates = duplicates;
  }

  /**
   * The refusal leaves the engine as a {@link BadUserRequestException} (the engine logs it as a user's error, not as
   * a failure) caused by the {@link ConflictException}, which both engine REST applications and {@code /api} answer
   * with 409 and its message.
   */
  public void check(DelegateExecution execution, DuplicateRule rule, ReportedFacts facts) {
    String actor = EngineUsers.currentOr(execution.getProcessEngineServices().getIdentityService(), null);
    StepRecords.caseNo(execution).ifPresent(caseNo -> {
      try {
        duplicates.check(caseNo, rule, facts, confirmed(execution), actor, EngineClock.now());
      } catch (ConflictException refused) {
        throw new BadUserRequestException(refused.getMessage(), refused);
      }
    });
  }

  /** Confirmed by a Boolean (forms, {@code /api}) or the text {@code "true"} from the engine's REST API. */
  private static boolean confirmed(DelegateExecution execution) {
    Object value = TypedVariables.asSubmitted(CommonVariables.Typed.DUPLICATE_CONFIRMED, execution);
    return Boolean.TRUE.equals(value) || value != null && "true".equalsIgnoreCase(value.toString().trim());
  }
}
