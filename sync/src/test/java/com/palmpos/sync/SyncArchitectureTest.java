package com.palmpos.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.palmpos.sync.client.CloudClient;
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
 * The shape inside the sync module: its packages (api, client, outbox, payment, profile, ...) form no cycle, and an
 * {@code internal} package is used only by its parent package and that parent's other sub-packages
 * ({@code client.internal} is the client's alone).
 */
class SyncArchitectureTest {

    // only the module's own class folder: scanning every jar for the package would cost seconds
    private static final JavaClasses SYNC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(CloudClient.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void packagesFormNoCycle() {
        slices().matching("com.palmpos.sync.(*)..").should().beFreeOfCycles()
                .because("the outbox, the pulls and the gateway build on the client and the api, never the reverse")
                .check(SYNC);
    }

    @Test
    void internalPackagesArePrivateToTheirParentPackage() {
        classes().should(useOnlyTheirOwnInternals()).check(SYNC);
    }

    static ArchCondition<JavaClass> useOnlyTheirOwnInternals() {
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
