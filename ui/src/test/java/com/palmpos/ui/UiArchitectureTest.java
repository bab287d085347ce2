package com.palmpos.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Keeps the View/ViewModel split, the small public face of the ui module, feature packages without cycles and
 * {@code internal} packages private to their parent package.
 */
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

    @Test
    void featurePackagesFormNoCycle() {
        // shared state (session, companion page), texts (i18n, money) and controls (fx) sit below the features
        slices().matching("com.palmpos.ui.internal.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void portsTasksAndScreensFormNoCycle() {
        slices().matching("com.palmpos.ui.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void internalPackagesArePrivateToTheirParentPackage() {
        classes().should(useOnlyTheirOwnInternals()).check(UI);
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnInternals() {
        return new ArchCondition<>("use only internal packages of their own package or an enclosing one") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("com.palmpos.") || internal < 0) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    String from = origin.getPackageName();
                    if (!from.equals(owner) && !from.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + target + " is private to " + owner));
                    }
                }
            }
        };
    }
}
