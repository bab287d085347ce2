package com.palmpos.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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
