package com.palmpos.pos.insight;

import java.time.Instant;

/**
 * An item the customer orders most, for one-tap reorder. Immutable.
 *
 * @param item         the catalogue item (available and allowed by the customer's profile)
 * @param score        recency-weighted number of orders containing it (an order one half-life old counts 0.5)
 * @param timesOrdered plain number of past orders containing it
 * @param lastOrdered  when it was last ordered
 */
public record Favourite(CatalogueItem item, double score, int timesOrdered, Instant lastOrdered) {
}
