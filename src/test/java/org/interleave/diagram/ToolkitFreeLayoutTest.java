// Keeps the layout model and builder toolkit-free: only the render package may use AWT/Java2D, none may use JavaFX.
package org.interleave.diagram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ToolkitFreeLayoutTest {
    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.interleave.diagram");

    @Test
    void layoutTextAndExportCodeUseNoAwt() {
        noClasses().that().resideInAnyPackage("org.interleave.diagram", "org.interleave.diagram.text", "org.interleave.diagram.export")
                .and().doNotHaveSimpleName("DiagramExporter")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                .because("the window paints the same layout with JavaFX; only diagram.render may use Java2D").check(classes);
    }

    @Test
    void nothingInTheDiagramPackageUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }
}
