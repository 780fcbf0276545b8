// Keeps the layers one way: scenario <- engine (no JavaFX) <- diagram (no JavaFX) <- ui (JavaFX, no JDBC); cli apart from ui.
package org.interleave;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.interleave");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.interleave.engine..", "org.interleave.scenario..", "org.interleave.diagram..",
                "org.interleave.cli..").should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the engine, the scenario model, the diagram layout and the CLI must run without a toolkit").check(classes);
    }

    @Test
    void theUiDoesNotUseJdbc() {
        noClasses().that().resideInAPackage("org.interleave.ui..").should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("statements run in the engine, on the lanes' workers, never on the FX thread").check(classes);
    }

    @Test
    void theScenarioModelStandsAlone() {
        noClasses().that().resideInAPackage("org.interleave.scenario..").should().dependOnClassesThat()
                .resideInAnyPackage("org.interleave.engine..", "org.interleave.diagram..", "org.interleave.ui..", "org.interleave.cli..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNoPicture() {
        noClasses().that().resideInAPackage("org.interleave.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("org.interleave.diagram..", "org.interleave.ui..", "org.interleave.cli..").check(classes);
    }

    @Test
    void theDiagramKnowsNoWindow() {
        noClasses().that().resideInAPackage("org.interleave.diagram..").should().dependOnClassesThat()
                .resideInAnyPackage("org.interleave.ui..", "org.interleave.cli..").check(classes);
    }

    @Test
    void theCliKnowsNoWindow() {
        noClasses().that().resideInAPackage("org.interleave.cli..").should().dependOnClassesThat()
                .resideInAPackage("org.interleave.ui..").check(classes);
    }

    @Test
    void onlyTheH2EnginePackageUsesH2() {
        noClasses().that().resideOutsideOfPackage("org.interleave.engine.h2..").should().dependOnClassesThat()
                .resideInAPackage("org.h2..").because("everything that knows H2 lives behind the engine interface").check(classes);
    }

    @Test
    void onlyThePostgresqlEnginePackageUsesPostgresqlAndTheEmbeddedServer() {
        noClasses().that().resideOutsideOfPackage("org.interleave.engine.postgresql..").should().dependOnClassesThat()
                .resideInAnyPackage("org.postgresql..", "io.zonky..")
                .because("everything that knows PostgreSQL lives behind the engine interface").check(classes);
    }

    @Test
    void onlyTheMariadbEnginePackageUsesMariadbsDriver() {
        noClasses().that().resideOutsideOfPackage("org.interleave.engine.mariadb..").should().dependOnClassesThat()
                .resideInAPackage("org.mariadb..").because("everything that knows MariaDB lives behind the engine interface").check(classes);
    }

    @Test
    void onlyTheLauncherNamesAConcreteEngine() {
        String[] engines = {"org.interleave.engine.h2..", "org.interleave.engine.postgresql..", "org.interleave.engine.mariadb.."};
        noClasses().that().resideOutsideOfPackages(engines)
                .and().doNotHaveFullyQualifiedName("org.interleave.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage(engines)
                .because("the launcher is the composition root: it builds the engine registry, the rest asks the registry").check(classes);
    }

    @Test
    void engineNeutralCodeSpeaksOfNoEngineByName() {
        noClasses().that().resideInAnyPackage("org.interleave.engine", "org.interleave.engine.explore", "org.interleave.diagram..",
                "org.interleave.ui..", "org.interleave.cli..").should().dependOnClassesThat()
                .haveSimpleNameStartingWith("H2").orShould().dependOnClassesThat().haveSimpleNameStartingWith("Postgres")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Maria")
                .because("engine-specific code lives in the engine's package").check(classes);
    }
}
