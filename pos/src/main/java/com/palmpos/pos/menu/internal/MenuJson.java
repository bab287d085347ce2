package com.palmpos.pos.menu.internal;

import java.util.List;
import java.util.Map;

/**
 * The menu file's JSON shape, bound by Jackson before validation. Prices are decimal strings ("6.50") so that a
 * person editing the file writes what the customer sees and no binary floating point is involved.
 */
public record MenuJson(Integer formatVersion, String name, String currency, Map<String, List<Rate>> taxes,
                       List<CategoryJson> categories, List<GroupJson> modifierGroups, List<ItemJson> items,
                       List<ComboJson> combos, Map<String, Map<String, String>> storePrices) {

    public record Rate(String code, String name, String percent, Boolean inclusive, List<String> appliesTo) {
    }

    public record CategoryJson(String id, String name, String icon) {
    }

    public record OptionJson(String id, String name, String price) {
    }

    public record GroupJson(String id, String name, Integer min, Integer max, List<OptionJson> options) {
    }

    public record SizeJson(String id, String name, String price) {
    }

    public record ItemJson(String id, String name, String category, String icon, String image, String description,
                           String price, List<SizeJson> sizes, List<String> modifierGroups, List<String> dietary,
                           List<String> allergens, String taxClass) {
    }

    public record SlotJson(String id, String name, List<String> items) {
    }

    public record ComboJson(String id, String name, String icon, String category, String price, String taxClass,
                            List<SlotJson> slots) {
    }
}
