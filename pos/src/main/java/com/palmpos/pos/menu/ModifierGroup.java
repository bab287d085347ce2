package com.palmpos.pos.menu;

import java.util.List;
import java.util.Optional;

/**
 * A set of choices for an item, e.g. "Bread" (choose exactly 1) or "Extras" (choose 0..3).
 *
 * @param min fewest options the guest must pick; {@code > 0} makes the group required
 * @param max most options the guest may pick
 */
public record ModifierGroup(String id, String name, int min, int max, List<ModifierOption> options) {
    public ModifierGroup {
        options = List.copyOf(options);
    }

    public boolean required() {
        return min > 0;
    }

    public Optional<ModifierOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
