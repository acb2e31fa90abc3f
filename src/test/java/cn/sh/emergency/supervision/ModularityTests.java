package cn.sh.emergency.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries: no cycles, no reach into another module's internals, and no module using one its
 * {@code package-info.java} does not list in {@code @ApplicationModule(allowedDependencies = …)}.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(SupervisionApplication.class);

  @Test
  void modulesOnlyUseEachOthersApi() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
