package com.palmpos.pos.loyalty;

import java.util.Set;

/**
 * A reward in the catalogue, e.g. "Free pastry" for 500 points: one unit of an eligible item becomes free.
 *
 * @param categoryIds menu categories whose items qualify
 * @param itemIds     single items that qualify besides the categories
 * @param maxValueMinor the most the reward may take off, in minor units; 0 means no cap
 */
public record Reward(String id, String name, long points, Set<String> categoryIds, Set<String> itemIds, long maxValueMinor) {
    public Reward {
        if (points <= 0) {
            throw new IllegalArgumentException("reward " + id + " must cost at least one point");
        }
        categoryIds = Set.copyOf(categoryIds);
        itemIds = Set.copyOf(itemIds);
    }

    public boolean covers(String itemId, String categoryId) {
        return itemIds.contains(itemId) || categoryIds.contains(categoryId);
    }
}
