package com.palmpos.pos.insight.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Greedy top-k with a category penalty: each pick multiplies the score of items of an already picked category by
 * {@code penalty}, so "soup, soup, soup" only happens when nothing else comes close. O(k x candidates).
 * Deterministic: ties go to the earlier candidate, so callers pass candidates in a stable order.
 */
public final class DiverseSelector {
    private DiverseSelector() {
    }

    public static <T> List<T> select(List<T> candidates, int k, double penalty,
                                     ToDoubleFunction<T> score, Function<T, String> category) {
        List<T> remaining = new ArrayList<>(candidates);
        List<T> picked = new ArrayList<>(Math.min(k, candidates.size()));
        Map<String, Integer> perCategory = new HashMap<>();
        while (picked.size() < k && !remaining.isEmpty()) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                T candidate = remaining.get(i);
                int seen = perCategory.getOrDefault(category.apply(candidate), 0);
                double adjusted = score.applyAsDouble(candidate) * Math.pow(penalty, seen);
                if (adjusted > bestScore) {
                    bestScore = adjusted;
                    best = i;
                }
            }
            T chosen = remaining.remove(best);
            picked.add(chosen);
            perCategory.merge(category.apply(chosen), 1, Integer::sum);
        }
        return picked;
    }
}
