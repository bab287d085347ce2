package com.palmpos.pos.customer;

import com.palmpos.pos.menu.Allergen;
import com.palmpos.pos.menu.DietaryTag;
import com.palmpos.pos.menu.MenuItem;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A customer as the cloud knows them, cached at the counter.
 *
 * @param preferredName   what staff call them ("Sam"), may be null
 * @param card            the linked card, or null
 * @param pointsBalance   the cloud's loyalty balance as of {@code pointsAsOf}
 * @param pointsAsOf      the newest order time the cloud balance includes; local ledger entries after it are added
 * @param cloudVersion    the cloud's version of the profile; an older version never overwrites a newer one
 */
public record CustomerProfile(String customerId, String name, String preferredName, String loyaltyId,
                              Set<DietaryTag> dietaryPreferences, Set<Allergen> allergens, LinkedCard card,
                              long pointsBalance, Instant pointsAsOf, long cloudVersion, Instant cloudUpdatedAt) {
    public CustomerProfile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cloudUpdatedAt, "cloudUpdatedAt");
        dietaryPreferences = Set.copyOf(dietaryPreferences);
        allergens = Set.copyOf(allergens);
    }

    /** Allergens of {@code item} this customer has declared; empty when the item is safe for them. */
    public Set<Allergen> allergensIn(MenuItem item) {
        Set<Allergen> found = java.util.EnumSet.noneOf(Allergen.class);
        found.addAll(item.allergens());
        found.retainAll(allergens);
        return found;
    }

    /** Whether {@code item} carries every dietary tag the customer asked for (e.g. VEGAN). */
    public boolean suits(MenuItem item) {
        return item.dietary().containsAll(dietaryPreferences);
    }

    /** The name to greet them with. */
    public String greetingName() {
        return preferredName == null || preferredName.isBlank() ? name : preferredName;
    }
}
