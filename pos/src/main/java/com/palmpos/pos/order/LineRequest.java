package com.palmpos.pos.order;

import java.util.List;
import java.util.Map;

/**
 * What the cashier picked: an item, its size (null when the item has none), quantity, modifier choices by group and a
 * note for the kitchen.
 */
public record LineRequest(String itemId, String sizeId, int quantity, Map<String, List<String>> choices, String note) {
    public LineRequest {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }

    public static LineRequest of(String itemId, String sizeId) {
        return new LineRequest(itemId, sizeId, 1, Map.of(), "");
    }
}
