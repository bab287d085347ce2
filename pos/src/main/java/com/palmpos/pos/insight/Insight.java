package com.palmpos.pos.insight;

import java.util.List;

/**
 * What the cashier sees for a recognised customer. Immutable.
 *
 * @param daypart         the daypart of the visit
 * @param favourites      top favourites, best first (may overlap recommendations: one is "reorder", the other "try")
 * @param recommendations recommendations for this visit, best first; fewer than asked when too few items qualify
 */
public record Insight(Daypart daypart, List<Favourite> favourites, List<Recommendation> recommendations) {
    public Insight {
        favourites = List.copyOf(favourites);
        recommendations = List.copyOf(recommendations);
    }
}
