package cn.sh.emergency.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

  /**
   * The engine's internals ({@code org.camunda.bpm.engine.impl…}: command context, clock, plugins, the tenant-id
   * SPI) are used by the shared engine side, and by identity's for what Camunda only offers there (the tenant of a
   * new instance, a grant's permission bits); nowhere else.
   */
  @Test
  void engineInternalsOnlyOnTheSharedAndIdentityEngineSide() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(SupervisionApplication.class.getPackageName());
    noClasses().that().resideOutsideOfPackages("..supervision.shared.process..", "..supervision.identity.process..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .check(classes);
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
