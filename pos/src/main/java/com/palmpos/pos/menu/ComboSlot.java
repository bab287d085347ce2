package com.palmpos.pos.menu;

import java.util.List;

/** One choice in a meal deal, e.g. "Drink" from a list of items; sizes and modifiers upcharge as usual. */
public record ComboSlot(String id, String name, List<String> itemIds) {
    public ComboSlot {
        itemIds = List.copyOf(itemIds);
    }
}
