package com.palmpos.pos.insight;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order a customer placed, as the insight engine needs it. An item id listed twice was ordered twice; the engine
 * counts an item once per order (an office run of six coffees is one coffee habit, not six). Immutable, thread-safe.
 *
 * @param at      when the order was placed
 * @param itemIds the catalogue ids of the items ordered
 */
public record PastOrder(Instant at, List<String> itemIds) {
    public PastOrder {
        Objects.requireNonNull(at, "order time");
        Objects.requireNonNull(itemIds, "itemIds");
        if (itemIds.isEmpty()) {
            throw new IllegalArgumentException("order at " + at + " has no items: leave empty orders out of the history");
        }
        for (String id : itemIds) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("order at " + at + " lists a blank item id: map every line to its catalogue id");
            }
        }
        itemIds = List.copyOf(itemIds);
    }

    public static PastOrder of(Instant at, String... itemIds) {
        return new PastOrder(at, List.of(itemIds));
    }
}
