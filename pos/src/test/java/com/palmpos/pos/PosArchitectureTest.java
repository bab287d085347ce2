package com.palmpos.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape inside the pos module: its feature packages (order, payment, loyalty, customer, ...) form no cycle, and
 * an {@code internal} package is used only by its parent package and that parent's other sub-packages (so
 * {@code order.internal} is order's alone; {@code com.palmpos.pos.internal} is the whole module's).
 */
class PosArchitectureTest {
    private static JavaClasses pos;

    @BeforeAll
    static void importClasses() {
        pos = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.palmpos.pos");
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("com.palmpos.pos.(*)..").should().beFreeOfCycles()
                .because("a feature that needs another's data asks through a port (e.g. order.LoyaltyPort)")
                .check(pos);
    }

    @Test
    void internalPackagesArePrivateToTheirParentPackage() {
        classes().should(useOnlyTheirOwnInternals())
                .because("X.internal holds X's repositories and JSON shapes; siblings use X's public face")
                .check(pos);
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
