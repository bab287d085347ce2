package com.palmpos.pos.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recognised customer at the counter: who they are in terms of history and preferences, and when they came.
 * Immutable and thread-safe.
 *
 * @param history past orders of this customer, in any order; empty for a new customer
 * @param profile stated diets and allergens
 * @param at      the visit time
 * @param zone    the store's time zone, to tell the daypart
 * @param cart    item ids already in the current cart; never recommended again, and used as "often with" seeds
 */
public record CustomerVisit(List<PastOrder> history, DietaryProfile profile, Instant at, ZoneId zone, Set<String> cart) {
    public CustomerVisit {
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Objects.requireNonNull(profile, "profile (use DietaryProfile.NONE when none was stated)");
        Objects.requireNonNull(at, "visit time");
        Objects.requireNonNull(zone, "store time zone");
        cart = Set.copyOf(Objects.requireNonNull(cart, "cart"));
    }

    /** A visit with an empty cart. */
    public static CustomerVisit of(List<PastOrder> history, DietaryProfile profile, Instant at, ZoneId zone) {
        return new CustomerVisit(history, profile, at, zone, Set.of());
    }

    /** The same visit with another cart, e.g. after the cashier added an item. */
    public CustomerVisit withCart(Set<String> newCart) {
        return new CustomerVisit(history, profile, at, zone, newCart);
    }
}
