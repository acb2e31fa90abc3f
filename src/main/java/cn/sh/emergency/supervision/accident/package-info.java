/**
 * Accident investigation (事故调查) with escalation (提级调查).
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
    "casefile", "casefile :: process", "documents", "identity", "legalreview", "penalty", "penalty :: process",
    "shared", "shared :: process"
})
package cn.sh.emergency.supervision.accident;

import org.springframework.modulith.ApplicationModule;
