package com.palmpos.pos.insight.internal;

import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.CustomerVisit;
import com.palmpos.pos.insight.Daypart;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.insight.Reason;
import com.palmpos.pos.insight.Recommendation;
import com.palmpos.pos.insight.StoreStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores every candidate item for a visit from three signals and blends them with the weights of
 * {@link InsightParameters}: own habit at this daypart and store popularity at this daypart, each scaled to [0, 1] by
 * its best candidate, and co-purchase with the cart and favourites, a shrunk conditional probability kept on its own
 * scale so a weak association stays weak. The reason shown is the signal that contributed most.
 * Cost: O(history items + seeds x partners + daypart best sellers). Stateless and thread-safe.
 */
public final class RecommendationScorer {
    private static final Comparator<Recommendation> BEST_FIRST = Comparator.comparingDouble(Recommendation::score)
            .reversed().thenComparing(r -> r.item().id());

    private final InsightParameters params;

    public RecommendationScorer(InsightParameters params) {
        this.params = params;
    }

    /** Every eligible candidate (available, allowed by the profile, not in the cart) with a positive score, best first. */
    public List<Recommendation> rank(CustomerVisit visit, Daypart daypart, HistorySummary history,
                                     List<Favourite> favourites, Catalogue catalogue, StoreStats stats) {
        Map<String, Signals> signals = new HashMap<>();
        addOwnHabit(signals, history);
        addCoPurchase(signals, visit, favourites, catalogue, stats);
        addPopularity(signals, daypart, stats);

        List<Recommendation> ranked = new ArrayList<>();
        for (Signals s : signals.values()) {
            Optional<CatalogueItem> item = catalogue.find(s.itemId);
            if (item.isEmpty() || !item.get().available() || !visit.profile().allows(item.get())
                    || visit.cart().contains(s.itemId)) {
                continue;
            }
            double own = params.ownHabitWeight() * s.own;
            double co = params.coPurchaseWeight() * s.co;
            double pop = params.popularityWeight() * s.pop;
            double total = own + co + pop;
            if (total > 0) {
                ranked.add(new Recommendation(item.get(), total, reason(s, daypart, own, co, pop)));
            }
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static Reason reason(Signals s, Daypart daypart, double own, double co, double pop) {
        if (own >= co && own >= pop) {
            return new Reason(s.habitNow ? Reason.Kind.YOUR_HABIT : Reason.Kind.YOUR_USUAL, daypart, "");
        }
        if (co >= pop) {
            return new Reason(Reason.Kind.OFTEN_WITH, daypart, s.coSeedName);
        }
        return new Reason(Reason.Kind.POPULAR_NOW, daypart, "");
    }

    private void addOwnHabit(Map<String, Signals> signals, HistorySummary history) {
        if (history.isEmpty()) {
            return;
        }
        double f = params.otherDaypartFactor();
        double max = 0;
        for (HistorySummary.Tally t : history.tallies()) {
            max = Math.max(max, t.decayedAtDaypart + f * (t.decayed - t.decayedAtDaypart));
        }
        // A short history is weak evidence: scale the whole signal, not just the top item, by n / (n + c).
        double confidence = history.orderCount() / (history.orderCount() + params.historyConfidence());
        for (HistorySummary.Tally t : history.tallies()) {
            double other = f * (t.decayed - t.decayedAtDaypart);
            Signals s = signals.computeIfAbsent(t.itemId, Signals::new);
            s.own = max > 0 ? confidence * (t.decayedAtDaypart + other) / max : 0;
            s.habitNow = t.decayedAtDaypart >= other;
        }
    }

    private void addCoPurchase(Map<String, Signals> signals, CustomerVisit visit, List<Favourite> favourites,
                               Catalogue catalogue, StoreStats stats) {
        if (stats.orderCount() == 0) {
            return;
        }
        Map<String, Double> seeds = new LinkedHashMap<>();
        visit.cart().stream().sorted().forEach(id -> seeds.put(id, 1.0));
        double top = favourites.isEmpty() ? 1 : favourites.get(0).score();
        favourites.stream().limit(params.coPurchaseSeeds())
                .forEach(fav -> seeds.putIfAbsent(fav.item().id(), params.favouriteSeedWeight() * fav.score() / top));
        double n = stats.orderCount();
        for (Map.Entry<String, Double> seed : seeds.entrySet()) {
            long ns = stats.ordersWith(seed.getKey());
            if (ns == 0) {
                continue;
            }
            String seedName = catalogue.find(seed.getKey()).map(CatalogueItem::name).orElse(seed.getKey());
            for (Map.Entry<String, Long> partner : stats.partnersOf(seed.getKey()).entrySet()) {
                long both = partner.getValue();
                double lift = both * n / ((double) ns * stats.ordersWith(partner.getKey()));
                if (lift <= 1) {
                    continue; // bought together no more than chance: not worth a "often with" claim
                }
                double confidence = both / (ns + params.coPurchaseShrinkage());
                double raw = seed.getValue() * confidence * Math.pow(lift, params.coPurchaseLiftExponent());
                Signals s = signals.computeIfAbsent(partner.getKey(), Signals::new);
                if (raw > s.co) {
                    s.co = raw;
                    s.coSeedName = seedName;
                }
            }
        }
    }

    private static void addPopularity(Map<String, Signals> signals, Daypart daypart, StoreStats stats) {
        List<String> best = stats.bestSellers(daypart);
        if (best.isEmpty()) {
            return;
        }
        double max = stats.ordersWith(daypart, best.get(0));
        for (String id : best) {
            signals.computeIfAbsent(id, Signals::new).pop = stats.ordersWith(daypart, id) / max;
        }
    }

    private static final class Signals {
        final String itemId;
        double own;
        boolean habitNow;
        double co;
        String coSeedName = "";
        double pop;

        Signals(String itemId) {
            this.itemId = itemId;
        }
    }
}
