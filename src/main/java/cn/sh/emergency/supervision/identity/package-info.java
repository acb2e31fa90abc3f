/**
 * Identity and security: roles, districts as tenants, the webapps' session, log-in hardening and enforcement
 * certificates.
 * The modules it may use are pinned by {@code allowedDependencies} and checked by {@code ModularityTests}.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: process"})
package cn.sh.emergency.supervision.identity;

import org.springframework.modulith.ApplicationModule;
