/**
 * Administration of the models while cases run: moving running instances of a process to another version of its
 * definition (migration), checked first in a dry run and carried out as an engine batch.
 */
@ApplicationModule(allowedDependencies = {"casefile", "identity", "shared", "shared :: process"})
package cn.sh.emergency.supervision.admin;

import org.springframework.modulith.ApplicationModule;
