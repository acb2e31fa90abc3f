/**
 * The hazard closed loop's engine side: delegates, submission rules and the intake. Exposed as the named interface
 * {@code process} so other lifecycles (an inspection's findings) open hazard cases through the same intake as the
 * REST API, with its checks.
 */
@NamedInterface("process")
package cn.sh.emergency.supervision.hazard.process;

import org.springframework.modulith.NamedInterface;
