package com.palmpos.pos.menu;

import com.palmpos.pos.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sellable item. Either it has one {@code price} and no sizes, or every size carries its own price.
 *
 * @param icon     an emoji shown on the button
 * @param image    an optional image resource name (may be null)
 * @param taxClass key into the menu's tax table, e.g. {@code food} or {@code drinks}
 */
public record MenuItem(String id, String name, String categoryId, String icon, String image, String description,
                       Money price, List<Size> sizes, List<String> modifierGroupIds, Set<DietaryTag> dietary,
                       Set<Allergen> allergens, String taxClass) {
    public MenuItem {
        sizes = List.copyOf(sizes);
        modifierGroupIds = List.copyOf(modifierGroupIds);
        dietary = Set.copyOf(dietary);
        allergens = Set.copyOf(allergens);
    }

    public boolean hasSizes() {
        return !sizes.isEmpty();
    }

    public Optional<Size> size(String sizeId) {
        return sizes.stream().filter(s -> s.id().equals(sizeId)).findFirst();
    }
}
