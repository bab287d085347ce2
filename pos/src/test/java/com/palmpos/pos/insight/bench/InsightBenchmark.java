package com.palmpos.pos.insight.bench;

import com.palmpos.pos.insight.Catalogue;
import com.palmpos.pos.insight.CatalogueItem;
import com.palmpos.pos.insight.CustomerVisit;
import com.palmpos.pos.insight.DaypartSchedule;
import com.palmpos.pos.insight.Diet;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.Insight;
import com.palmpos.pos.insight.InsightEngine;
import com.palmpos.pos.insight.InsightParameters;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.insight.StoreStats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Favourites and recommendations for one customer with a long history, against store statistics of 50,000 orders
 * over a 200-item menu (bigger than the demo menu on purpose). Compute only: loading the history is the store's cost.
 * {@code mvn -B -o -pl pos -am -Pbench test-compile exec:exec -Dbench.args="InsightBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InsightBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-25T11:45:00Z");

    @Param({"1000"})
    public int pastOrders;

    private final InsightEngine engine = new InsightEngine(InsightParameters.DEFAULTS);
    private Catalogue catalogue;
    private StoreStats stats;
    private CustomerVisit visit;

    @Setup
    public void setUp() {
        Random random = new Random(1);
        List<CatalogueItem> items = new ArrayList<>();
        String[] categories = {"soups", "salads", "sandwiches", "bowls", "bakery", "drinks"};
        for (int i = 0; i < 200; i++) {
            items.add(new CatalogueItem("item-" + i, "Item " + i, categories[i % categories.length],
                    i % 3 == 0 ? Set.of(Diet.VEGETARIAN) : Set.of(), Set.of(), i % 50 != 7));
        }
        catalogue = Catalogue.of(items);
        StoreStats.Builder builder = StoreStats.builder(DaypartSchedule.DEFAULT, ZONE);
        for (int i = 0; i < 50_000; i++) {
            builder.add(randomOrder(random, 365));
        }
        stats = builder.build();
        List<PastOrder> history = new ArrayList<>();
        for (int i = 0; i < pastOrders; i++) {
            history.add(randomOrder(random, 3 * 365));
        }
        visit = new CustomerVisit(history, new DietaryProfile(Set.of(Diet.VEGETARIAN), Set.of()), NOW, ZONE,
                Set.of("item-3"));
    }

    private static PastOrder randomOrder(Random random, int days) {
        int lines = 1 + random.nextInt(4);
        List<String> ids = new ArrayList<>(lines);
        for (int l = 0; l < lines; l++) {
            // skewed: low ids sell far more, as on a real menu
            ids.add("item-" + (int) (200 * Math.pow(random.nextDouble(), 2.5)));
        }
        return new PastOrder(NOW.minusSeconds(random.nextInt(days * 24 * 3600)), ids);
    }

    @Benchmark
    public Insight favouritesAndRecommendations() {
        return engine.insightFor(visit, catalogue, stats);
    }

    @Benchmark
    public List<Favourite> favouritesOnly() {
        return engine.favourites(visit, catalogue);
    }
}
