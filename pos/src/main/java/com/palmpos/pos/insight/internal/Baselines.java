package com.palmpos.pos.insight.internal;

import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.CustomerVisit;
import com.palmpos.pos.insight.Daypart;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.insight.StoreStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple strategies the engine is measured against. They obey the same hard rules (available, allowed by the
 * profile, not in the cart) so the comparison is about ranking only. Stateless and thread-safe.
 */
public final class Baselines {
    private Baselines() {
    }

    /** The k best sellers at the visit's daypart. */
    public static List<String> popular(CustomerVisit visit, InsightParameters params, Catalogue catalogue,
                                       StoreStats stats, int k) {
        Daypart daypart = params.schedule().daypartOf(visit.at(), visit.zone());
        return firstEligible(stats.bestSellers(daypart), visit, catalogue, k);
    }

    /** The k items in most of the customer's orders (no decay, no daypart), ties by id. */
    public static List<String> ownFrequent(CustomerVisit visit, Catalogue catalogue, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (PastOrder order : visit.history()) {
            for (String id : Set.copyOf(order.itemIds())) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort(Comparator.comparing((String id) -> counts.get(id)).reversed().thenComparing(id -> id));
        return firstEligible(ranked, visit, catalogue, k);
    }

    /** Own most frequent, then daypart best sellers to fill up to k. */
    public static List<String> ownThenPopular(CustomerVisit visit, InsightParameters params, Catalogue catalogue,
                                              StoreStats stats, int k) {
        Set<String> out = new LinkedHashSet<>(ownFrequent(visit, catalogue, k));
        for (String id : popular(visit, params, catalogue, stats, 2 * k)) {
            if (out.size() < k) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> firstEligible(List<String> ranked, CustomerVisit visit, Catalogue catalogue, int k) {
        List<String> out = new ArrayList<>(k);
        for (String id : ranked) {
            if (out.size() == k) {
                break;
            }
            CatalogueItem item = catalogue.find(id).orElse(null);
            if (item != null && item.available() && visit.profile().allows(item) && !visit.cart().contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
