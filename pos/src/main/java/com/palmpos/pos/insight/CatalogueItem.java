package com.palmpos.pos.insight;

import com.palmpos.pos.menu.Allergen;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the insight engine needs to know about one menu item. Immutable and thread-safe.
 *
 * @param id          stable item id, as used in {@link PastOrder}
 * @param name        display name used in reasons ("Often with your Tomato Soup")
 * @param category    menu category (soups, drinks, ...); recommendations are spread across categories
 * @param suitableFor diets the item is labelled suitable for; a vegan label implies vegetarian
 * @param allergens   allergens the item contains
 * @param available   false when the item is 86'd (sold out or off the menu right now)
 */
public record CatalogueItem(String id, String name, String category, Set<Diet> suitableFor, Set<Allergen> allergens,
                            boolean available) {
    public CatalogueItem {
        id = requireText(id, "id");
        name = requireText(name, "name of item " + id);
        category = requireText(category, "category of item " + id);
        Objects.requireNonNull(suitableFor, "suitableFor of item " + id);
        Objects.requireNonNull(allergens, "allergens of item " + id);
        EnumSet<Diet> diets = suitableFor.isEmpty() ? EnumSet.noneOf(Diet.class) : EnumSet.copyOf(suitableFor);
        if (diets.contains(Diet.VEGAN)) {
            diets.add(Diet.VEGETARIAN);
        }
        suitableFor = Set.copyOf(diets);
        allergens = Set.copyOf(allergens);
    }

    /** A copy with a different availability, e.g. when the item is 86'd. */
    public CatalogueItem withAvailable(boolean nowAvailable) {
        return new CatalogueItem(id, name, category, suitableFor, allergens, nowAvailable);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank: give every catalogue item an id, name and category");
        }
        return value;
    }
}
