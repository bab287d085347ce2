package com.palmpos.sync.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A store's menu; {@code version} changes whenever anything in it does (terminals compare it to skip an unchanged
 * menu).
 *
 * @param categories the sellable items by section, prices tax-included in minor units
 * @param document   optional: the full menu in the PalmPOS menu format (formatVersion 1: sizes, modifiers, combos,
 *                   tax classes). When present terminals use it and {@code categories} is its summary; when absent
 *                   they build a plain menu from {@code categories}. May be null.
 */
public record Menu(String storeId, String version, String currency, List<MenuCategory> categories,
                   JsonNode document) {
    public Menu {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A plain menu without a full document. */
    public Menu(String storeId, String version, String currency, List<MenuCategory> categories) {
        this(storeId, version, currency, categories, null);
    }
}
