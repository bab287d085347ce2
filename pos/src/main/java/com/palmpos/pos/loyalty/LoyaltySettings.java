package com.palmpos.pos.loyalty;

import java.util.List;
import java.util.Set;

/**
 * Loyalty rules.
 *
 * @param enabled               when false no points are earned or redeemed
 * @param pointsPerUnit         points per whole currency unit paid (e.g. 10 per 1.00), after discounts, before tips;
 *                              taxes excluded
 * @param rewards               the catalogue
 */
public record LoyaltySettings(boolean enabled, long pointsPerUnit, List<Reward> rewards) {
    public LoyaltySettings {
        if (pointsPerUnit < 0) {
            throw new IllegalArgumentException("pointsPerUnit must not be negative, was " + pointsPerUnit);
        }
        rewards = List.copyOf(rewards);
    }

    /** 10 points per unit; a free pastry at 500 points, a free drink at 700, a free bowl at 1,500. */
    public static LoyaltySettings defaults() {
        return new LoyaltySettings(true, 10, List.of(
                new Reward("free-pastry", "Free pastry", 500, Set.of("bakery"), Set.of(), 0),
                new Reward("free-drink", "Free drink", 700, Set.of("drinks"), Set.of(), 0),
                new Reward("free-bowl", "Free bowl", 1500, Set.of("bowls"), Set.of(), 1500)));
    }
}
