package com.palmpos.pos.insight.internal;

import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.insight.Favourite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ranks a customer's items by recency-weighted order count. Ties (equal decayed score) go to the item ordered more
 * often, then the one ordered more recently, then the smaller id, so the screen never reshuffles between two calls.
 * Items that are 86'd, off the menu, or conflict with the profile are left out. O(h log h) for h distinct items.
 */
public final class FavouriteRanker {
    private static final Comparator<Favourite> BEST_FIRST = Comparator.comparingDouble(Favourite::score).reversed()
            .thenComparing(Comparator.comparingInt(Favourite::timesOrdered).reversed())
            .thenComparing(Comparator.comparing(Favourite::lastOrdered).reversed())
            .thenComparing(f -> f.item().id());

    private FavouriteRanker() {
    }

    public static List<Favourite> rank(HistorySummary history, Catalogue catalogue, DietaryProfile profile, int limit) {
        List<Favourite> all = new ArrayList<>();
        for (HistorySummary.Tally t : history.tallies()) {
            Optional<CatalogueItem> item = catalogue.find(t.itemId);
            if (item.isPresent() && item.get().available() && profile.allows(item.get())) {
                all.add(new Favourite(item.get(), t.decayed, t.orders, t.lastOrdered));
            }
        }
        all.sort(BEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }
}
