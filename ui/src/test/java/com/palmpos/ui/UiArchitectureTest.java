package com.palmpos.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the View/ViewModel split and the small public face of the ui module. */
class UiArchitectureTest {

    // only the module's own class folder: scanning every jar for the package would cost seconds
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(TerminalShell.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void viewModelsDoNotTouchScenegraphOrToolkit() {
        // view models run in plain unit tests, without an FX thread
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..")
                .check(UI);
    }

    @Test
    void portsAndTasksDoNotDependOnScreens() {
        noClasses().that().resideInAnyPackage("com.palmpos.ui.port..", "com.palmpos.ui.task..")
                .should().dependOnClassesThat().resideInAPackage("com.palmpos.ui.internal..")
                .check(UI);
    }

    @Test
    void portsAreFreeOfJavaFx() {
        // the application implements them in plain Java, from any thread
        classes().that().resideInAPackage("com.palmpos.ui.port..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx..")
                .check(UI);
    }
}
