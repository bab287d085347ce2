package com.palmpos.pos.insight;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The menu as the insight engine sees it: items by id, in the order given. Immutable and thread-safe; build a new one
 * (O(items)) when the menu or an item's availability changes.
 */
public final class Catalogue {
    private final Map<String, CatalogueItem> byId;

    private Catalogue(Map<String, CatalogueItem> byId) {
        this.byId = byId;
    }

    /** A catalogue of {@code items}; rejects two items with one id, since orders could not tell them apart. */
    public static Catalogue of(Collection<CatalogueItem> items) {
        Map<String, CatalogueItem> map = new LinkedHashMap<>();
        for (CatalogueItem item : items) {
            Objects.requireNonNull(item, "catalogue item");
            if (map.putIfAbsent(item.id(), item) != null) {
                throw new IllegalArgumentException("duplicate catalogue item id '" + item.id()
                        + "': every menu item needs its own id");
            }
        }
        return new Catalogue(map);
    }

    /** The item with {@code id}, if the menu has it. Constant time. */
    public Optional<CatalogueItem> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All items, in the order given. */
    public List<CatalogueItem> items() {
        return List.copyOf(byId.values());
    }

    /** A copy where {@code id} is (un)available. O(items). */
    public Catalogue withAvailability(String id, boolean available) {
        CatalogueItem item = byId.get(id);
        if (item == null) {
            throw new IllegalArgumentException("no catalogue item '" + id + "' to change availability of");
        }
        Map<String, CatalogueItem> copy = new LinkedHashMap<>(byId);
        copy.put(id, item.withAvailable(available));
        return new Catalogue(copy);
    }

    public int size() {
        return byId.size();
    }
}
