/**
 * The hazard closed loop (隐患排查治理闭环): report, verification, listing, rectification, acceptance, closure.
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
    "casefile", "casefile :: process", "documents", "shared", "shared :: process"
})
package cn.sh.emergency.supervision.hazard;

import org.springframework.modulith.ApplicationModule;
