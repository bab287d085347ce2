package com.palmpos.pos.insight;

/**
 * A suggestion for this visit. Immutable.
 *
 * @param item   the catalogue item (available, allowed by the profile, not in the cart)
 * @param score  blended score; only meaningful to compare recommendations of one visit
 * @param reason why, for the cashier screen
 */
public record Recommendation(CatalogueItem item, double score, Reason reason) {
}
