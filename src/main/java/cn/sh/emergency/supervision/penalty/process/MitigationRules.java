package cn.sh.emergency.supervision.penalty.process;

import cn.sh.emergency.supervision.penalty.MitigationGround;
import cn.sh.emergency.supervision.penalty.PenaltyDecisions;
import cn.sh.emergency.supervision.penalty.PenaltyTreatment;
import cn.sh.emergency.supervision.shared.process.SystemContext;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Asks the decision table {@code penalty-mitigation} whether a circumstance permits the treatment a proposal names,
 * and on which article of the 行政处罚法 it rests (第三十三条第一款). The table is the law's; the handler who proposes
 * need not be allowed to evaluate tables of the engine, so the system asks.
 */
@Component
class MitigationRules {

  private final DecisionService decisions;
  private final IdentityService identityService;

  MitigationRules(DecisionService decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  /** The article the treatment rests on for that circumstance; empty when the law does not permit it. */
  Optional<String> article(MitigationGround ground, PenaltyTreatment treatment) {
    DmnDecisionRuleResult result = SystemContext.asSystem(identityService, () -> decisions
        .evaluateDecisionTableByKey(PenaltyDecisions.PENALTY_MITIGATION, Map.of(
            PenaltyDecisions.MITIGATION_GROUND, ground.code(), PenaltyDecisions.TREATMENT, treatment.code()))
        .getSingleResult());
    if (result == null || !Boolean.TRUE.equals(result.getEntry(PenaltyDecisions.PERMITTED))) {
      return Optional.empty();
    }
    return Optional.ofNullable(result.getEntry(PenaltyDecisions.ARTICLE));
  }
}
