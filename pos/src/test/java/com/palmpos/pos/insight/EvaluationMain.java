package com.palmpos.pos.insight;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints the hit-rate table of the seeded simulation, then an ablation of the engine's main choices. Run from the
 * test classpath: {@code java -cp ... com.palmpos.pos.insight.EvaluationMain [customers] [seed]}.
 */
public final class EvaluationMain {
    private EvaluationMain() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261125L;
        Map<String, HitRateEvaluation.CustomerHistory> data = new OrderSimulator(seed).simulate(customers);
        Catalogue catalogue = BakeryCafeMenu.catalogue();
        HitRateEvaluation.Report report = new HitRateEvaluation(InsightParameters.DEFAULTS)
                .run(data, catalogue, OrderSimulator.ZONE);
        System.out.printf("seed %d, %d customers, %d items, %d training orders, %d held-out orders (last per customer)%n",
                seed, report.customers(), catalogue.size(), report.trainingOrders(), report.customers());
        System.out.print(report.toTable());

        InsightParameters d = InsightParameters.DEFAULTS;
        Map<String, InsightParameters> variants = new LinkedHashMap<>();
        variants.put("defaults", d);
        variants.put("half-life 30 days", d.withHalfLife(Duration.ofDays(30)));
        variants.put("half-life 365 days", d.withHalfLife(Duration.ofDays(365)));
        variants.put("no category diversity", d.withCategoryRepeatPenalty(1.0));
        variants.put("no favourite seeds", new InsightParameters(d.halfLife(), d.favouriteCount(),
                d.recommendationCount(), d.ownHabitWeight(), d.otherDaypartFactor(), d.historyConfidence(),
                d.coPurchaseWeight(), d.coPurchaseSeeds(), 0.0, d.coPurchaseShrinkage(), d.coPurchaseLiftExponent(),
                d.popularityWeight(), d.categoryRepeatPenalty(), d.schedule()));
        variants.put("no co-purchase", new InsightParameters(d.halfLife(), d.favouriteCount(),
                d.recommendationCount(), d.ownHabitWeight(), d.otherDaypartFactor(), d.historyConfidence(),
                0.0, d.coPurchaseSeeds(), d.favouriteSeedWeight(), d.coPurchaseShrinkage(), d.coPurchaseLiftExponent(),
                d.popularityWeight(), d.categoryRepeatPenalty(), d.schedule()));
        System.out.printf("%nablation (engine HR@3)       all    warm   cold   in-cart%n");
        for (Map.Entry<String, InsightParameters> v : variants.entrySet()) {
            HitRateEvaluation.Report r = new HitRateEvaluation(v.getValue()).run(data, catalogue, OrderSimulator.ZONE);
            System.out.printf("%-26s %6.3f %6.3f %6.3f %6.3f%n", v.getKey(),
                    r.hitRate(HitRateEvaluation.ENGINE, HitRateEvaluation.ALL),
                    r.hitRate(HitRateEvaluation.ENGINE, HitRateEvaluation.WARM),
                    r.hitRate(HitRateEvaluation.ENGINE, HitRateEvaluation.COLD),
                    r.hitRate(HitRateEvaluation.ENGINE, HitRateEvaluation.IN_CART));
        }
    }
}
