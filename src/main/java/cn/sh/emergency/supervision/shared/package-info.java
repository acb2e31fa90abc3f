/**
 * Shared kernel: districts, the statutory calendar and deadlines, common variables and errors, and (in
 * {@code process}) the engine-side building blocks. It depends on no other module: {@code allowedDependencies} is
 * empty, checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {})
package cn.sh.emergency.supervision.shared;

import org.springframework.modulith.ApplicationModule;
