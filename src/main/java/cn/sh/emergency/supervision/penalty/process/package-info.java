/**
 * The dual-penalty process's engine side: delegates, submission rules, intake and payment correlation. Exposed as
 * the named interface {@code process} so other lifecycles (an accident's accountability) open penalty cases through
 * the same intake as the REST API.
 */
@NamedInterface("process")
package cn.sh.emergency.supervision.penalty.process;

import org.springframework.modulith.NamedInterface;
