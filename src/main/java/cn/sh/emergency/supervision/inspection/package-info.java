/**
 * Enforcement inspections (执法检查): the register of the units inspected (被检查单位), classified by risk and credit
 * (分类分级), and the inspection lifecycle with its 检查码, on-site record and findings handed over to the hazard and
 * penalty lifecycles.
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {
    "casefile", "casefile :: process", "documents", "hazard", "hazard :: process", "identity", "penalty", "shared",
    "shared :: process"
})
package cn.sh.emergency.supervision.inspection;

import org.springframework.modulith.ApplicationModule;
