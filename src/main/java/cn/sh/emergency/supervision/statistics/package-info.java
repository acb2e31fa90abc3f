/**
 * Statistics (台账统计): the KPIs of the district work plans, their monthly trend and breakdowns,
 * counted from the live case ledger. What each lifecycle's counts mean is defined here, next to its KPI.
 */
@ApplicationModule(allowedDependencies = {
    "accident", "casefile", "hazard", "identity", "inspection", "legalreview", "penalty", "shared",
    "shared :: process"
})
package cn.sh.emergency.supervision.statistics;

import org.springframework.modulith.ApplicationModule;
