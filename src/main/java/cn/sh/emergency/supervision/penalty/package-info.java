/**
 * Dual-penalty cases (一案双罚): the unit and its responsible persons penalised in one case.
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
    "casefile", "casefile :: process", "documents", "identity", "legalreview", "shared", "shared :: process"
})
package cn.sh.emergency.supervision.penalty;

import org.springframework.modulith.ApplicationModule;
