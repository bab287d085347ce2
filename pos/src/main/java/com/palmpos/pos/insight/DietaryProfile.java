package com.palmpos.pos.insight;

import com.palmpos.pos.menu.Allergen;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's stated diets and allergens to avoid. Immutable and thread-safe.
 *
 * @param diets diets the customer follows; every one must be on an item's label
 * @param avoid allergens the customer must not be offered
 */
public record DietaryProfile(Set<Diet> diets, Set<Allergen> avoid) {
    /** No stated preferences. */
    public static final DietaryProfile NONE = new DietaryProfile(Set.of(), Set.of());

    public DietaryProfile {
        diets = Set.copyOf(Objects.requireNonNull(diets, "diets"));
        avoid = Set.copyOf(Objects.requireNonNull(avoid, "avoid"));
    }

    /**
     * Whether {@code item} may be suggested to this customer: it contains no avoided allergen and is labelled for
     * every stated diet. Labels are double-checked against allergens (a "vegan" item listing dairy or egg, or a
     * "gluten-free" one listing gluten, is refused) because menu data is typed by hand. Constant time; thread-safe.
     */
    public boolean allows(CatalogueItem item) {
        for (Allergen allergen : avoid) {
            if (item.allergens().contains(allergen)) {
                return false;
            }
        }
        for (Diet diet : diets) {
            if (!item.suitableFor().contains(diet) || contradicts(diet, item.allergens())) {
                return false;
            }
        }
        return true;
    }

    private static boolean contradicts(Diet diet, Set<Allergen> allergens) {
        switch (diet) {
            case VEGAN:
                return allergens.contains(Allergen.MILK) || allergens.contains(Allergen.EGGS) || animal(allergens);
            case VEGETARIAN:
                return animal(allergens);
            case GLUTEN_FREE:
                return allergens.contains(Allergen.GLUTEN);
            default:
                throw new AssertionError(diet);
        }
    }

    /** Fish, crustaceans and molluscs: never in a vegetarian dish. */
    private static boolean animal(Set<Allergen> allergens) {
        return allergens.contains(Allergen.FISH) || allergens.contains(Allergen.CRUSTACEANS)
                || allergens.contains(Allergen.MOLLUSCS);
    }
}
