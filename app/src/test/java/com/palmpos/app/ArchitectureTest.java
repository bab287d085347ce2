package com.palmpos.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the arrows of the house: app -> ui -> {pos, scanner, sync}; app -> cloud -> sync -> pos; scanner and pos stand alone. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.palmpos");
    }

    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("com.palmpos..")
                .withOptionalLayers(true)
                .layer("app").definedBy("com.palmpos.app..")
                .layer("ui").definedBy("com.palmpos.ui..")
                .layer("cloud").definedBy("com.palmpos.cloud..")
                .layer("sync").definedBy("com.palmpos.sync..")
                .layer("scanner").definedBy("com.palmpos.scanner..")
                .layer("pos").definedBy("com.palmpos.pos..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cloud").mayOnlyBeAccessedByLayers("app")
                .whereLayer("sync").mayOnlyBeAccessedByLayers("cloud", "ui", "app")
                .whereLayer("scanner").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("pos").mayOnlyBeAccessedByLayers("sync", "cloud", "ui", "app")
                .check(classes);
    }

    @Test
    void appPackagesFormNoCycle() {
        // wiring, config, cli, support and simulate build on each other one way; the root package composes them
        slices().matching("com.palmpos.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void internalPackagesArePrivateToTheirParentPackage() {
        // across every module: X.internal is used by X and X's sub-packages only
        classes().should(useOnlyTheirOwnInternals()).check(classes);
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

    static Stream<String> modules() {
        return Stream.of("pos", "scanner", "sync", "cloud", "ui");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void internalsOfAModuleStayInsideIt(String module) {
        noClasses().that().resideOutsideOfPackage("com.palmpos." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("com.palmpos." + module + "..internal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void libraryCodeNeverWritesToStandardOutOrErr() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("com.palmpos.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("library code logs through SLF4J; commands print through picocli's writers");
        rule.check(classes);
    }

    @Test
    void nobodyLogsThroughJavaUtilLogging() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("all logging goes through SLF4J")
                .check(classes);
    }

    @Test
    void appIsTheOnlyPlaceThatPrintsAndOnlyItsLauncherExits() {
        noClasses().that().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
