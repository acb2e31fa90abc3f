/**
 * The case file: ledger (台账), full-process record (全过程记录) and its anchors, evidence, referrals and links.
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared", "shared :: process"})
package cn.sh.emergency.supervision.casefile;

import org.springframework.modulith.ApplicationModule;
