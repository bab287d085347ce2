package com.palmpos.pos.order;

import java.time.Instant;
import java.util.List;

/** One paid order of a customer: when, and the distinct items bought (combos count by their components' items). */
public record Purchase(String orderId, Instant at, List<String> itemIds) {
    public Purchase {
        itemIds = List.copyOf(itemIds);
    }
}
