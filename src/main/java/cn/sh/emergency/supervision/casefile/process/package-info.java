/**
 * The case file's engine side: the listener that keeps ledger and record in step with the engine, urging, and
 * {@link cn.sh.emergency.supervision.casefile.process.StepRecords} for lifecycle delegates that record a step.
 * Exposed to the lifecycles' {@code process} packages as the named interface {@code process}.
 */
@NamedInterface("process")
package cn.sh.emergency.supervision.casefile.process;

import org.springframework.modulith.NamedInterface;
