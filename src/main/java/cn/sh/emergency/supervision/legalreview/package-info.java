/**
 * The 三项制度: legal review before major decisions (法制审核), publication of decisions (公示).
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
    "casefile", "casefile :: process", "documents", "identity", "shared", "shared :: process"
})
package cn.sh.emergency.supervision.legalreview;

import org.springframework.modulith.ApplicationModule;
