package com.palmpos.pos.menu;

import com.palmpos.pos.money.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated menu: categories, items, modifier groups, meal deals, taxes and per-store price overrides.
 * Build one with {@link MenuLoader}, which checks unique ids and resolved references with clear messages.
 * Immutable and thread-safe; lookups are O(1).
 */
public final class Menu {
    private final String name;
    private final Currency currency;
    private final List<Category> categories;
    private final List<MenuItem> items;
    private final List<ModifierGroup> modifierGroups;
    private final List<Combo> combos;
    private final TaxTable taxes;
    private final Map<String, Map<String, Money>> storePrices;
    private final Map<String, MenuItem> itemIndex;
    private final Map<String, Category> categoryIndex;
    private final Map<String, ModifierGroup> groupIndex;
    private final Map<String, Combo> comboIndex;

    /**
     * @param storePrices store id -> (item id, or {@code itemId/sizeId}) -> the price that replaces the menu price there
     */
    public Menu(String name, Currency currency, List<Category> categories, List<MenuItem> items,
                List<ModifierGroup> modifierGroups, List<Combo> combos, TaxTable taxes,
                Map<String, Map<String, Money>> storePrices) {
        this.name = name;
        this.currency = currency;
        this.categories = List.copyOf(categories);
        this.items = List.copyOf(items);
        this.modifierGroups = List.copyOf(modifierGroups);
        this.combos = List.copyOf(combos);
        this.taxes = taxes;
        this.storePrices = storePrices.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        this.itemIndex = index(this.items, MenuItem::id);
        this.categoryIndex = index(this.categories, Category::id);
        this.groupIndex = index(this.modifierGroups, ModifierGroup::id);
        this.comboIndex = index(this.combos, Combo::id);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a, LinkedHashMap::new));
    }

    public String name() { return name; }
    public Currency currency() { return currency; }
    public List<Category> categories() { return categories; }
    public List<MenuItem> items() { return items; }
    public List<ModifierGroup> modifierGroups() { return modifierGroups; }
    public List<Combo> combos() { return combos; }
    public TaxTable taxes() { return taxes; }
    public Map<String, Map<String, Money>> storePrices() { return storePrices; }

    public Optional<MenuItem> item(String id) {
        return Optional.ofNullable(itemIndex.get(id));
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categoryIndex.get(id));
    }

    public Optional<ModifierGroup> modifierGroup(String id) {
        return Optional.ofNullable(groupIndex.get(id));
    }

    public Optional<Combo> combo(String id) {
        return Optional.ofNullable(comboIndex.get(id));
    }

    public List<MenuItem> itemsIn(String categoryId) {
        return items.stream().filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    /**
     * The price of an item (and size, or {@code null}) at {@code storeId}: the store's override if it has one, else
     * the menu price.
     */
    public Money priceAt(String storeId, MenuItem item, Size size) {
        Map<String, Money> overrides = storePrices.getOrDefault(storeId, Map.of());
        String key = size == null ? item.id() : item.id() + "/" + size.id();
        return overrides.getOrDefault(key, size == null ? item.price() : size.price());
    }
}
