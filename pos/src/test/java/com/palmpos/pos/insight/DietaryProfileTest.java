package com.palmpos.pos.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.menu.Allergen;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DietaryProfileTest {
    private static CatalogueItem labelled(Set<Diet> diets, Set<Allergen> allergens) {
        return new CatalogueItem("x", "X", "any", diets, allergens, true);
    }

    @Test
    void refusesAnItemWithAnAvoidedAllergen() {
        DietaryProfile nuts = new DietaryProfile(Set.of(), Set.of(Allergen.TREE_NUTS));

        assertThat(nuts.allows(labelled(Set.of(Diet.VEGAN), Set.of(Allergen.TREE_NUTS)))).isFalse();
        assertThat(nuts.allows(labelled(Set.of(), Set.of(Allergen.GLUTEN)))).isTrue();
    }

    @Test
    void refusesAnItemNotLabelledForTheDiet() {
        DietaryProfile vegetarian = new DietaryProfile(Set.of(Diet.VEGETARIAN), Set.of());

        assertThat(vegetarian.allows(labelled(Set.of(), Set.of()))).isFalse();
        assertThat(vegetarian.allows(labelled(Set.of(Diet.VEGETARIAN), Set.of(Allergen.MILK)))).isTrue();
    }

    @Test
    void aVeganLabelAlsoServesVegetarians() {
        DietaryProfile vegetarian = new DietaryProfile(Set.of(Diet.VEGETARIAN), Set.of());

        assertThat(vegetarian.allows(labelled(Set.of(Diet.VEGAN), Set.of()))).isTrue();
    }

    @Test
    void distrustsLabelsThatContradictTheAllergens() {
        DietaryProfile vegan = new DietaryProfile(Set.of(Diet.VEGAN), Set.of());
        DietaryProfile coeliac = new DietaryProfile(Set.of(Diet.GLUTEN_FREE), Set.of());

        assertThat(vegan.allows(labelled(Set.of(Diet.VEGAN), Set.of(Allergen.MILK)))).isFalse();
        assertThat(coeliac.allows(labelled(Set.of(Diet.GLUTEN_FREE), Set.of(Allergen.GLUTEN)))).isFalse();
    }

    @Test
    void noStatedPreferencesAllowsAnything() {
        assertThat(DietaryProfile.NONE.allows(labelled(Set.of(), Set.of(Allergen.values())))).isTrue();
    }
}
