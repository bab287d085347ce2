package com.palmpos.pos.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.menu.Allergen;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Menu and insight engine share the EU-14 allergen list: nothing is folded into a neighbour on the way. */
class InsightMappingTest {

    @ParameterizedTest
    @EnumSource(Allergen.class)
    void everyMenuAllergenReachesTheEngineAsDeclared(Allergen allergen) {
        assertThat(InsightMapping.allergens(Set.of(allergen))).containsExactly(allergen);
    }

    @ParameterizedTest
    @EnumSource(value = Allergen.class, names = {"LUPIN", "SULPHITES"})
    void lupinAndSulphitesAreTheirOwnAllergensNotMustard(Allergen allergen) {
        CatalogueItem containing = item(allergen);
        CatalogueItem mustardy = item(Allergen.MUSTARD);

        assertThat(avoiding(allergen).allows(containing)).isFalse();
        assertThat(avoiding(allergen).allows(mustardy)).as("was refused: both mapped to MUSTARD").isTrue();
        assertThat(avoiding(Allergen.MUSTARD).allows(containing)).as("was refused: both mapped to MUSTARD").isTrue();
    }

    private static DietaryProfile avoiding(Allergen allergen) {
        return new DietaryProfile(Set.of(), InsightMapping.allergens(Set.of(allergen)));
    }

    private static CatalogueItem item(Allergen allergen) {
        return new CatalogueItem("item-" + allergen, "Item with " + allergen, "mains", Set.of(),
                InsightMapping.allergens(Set.of(allergen)), true);
    }
}
