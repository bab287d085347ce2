package com.palmpos.pos.insight;

import com.palmpos.pos.insight.internal.Baselines;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Offline evaluation by hit rate at k: for every customer, the last order is held out, store statistics are built
 * from everybody's remaining orders, and a strategy "hits" when any of its k suggestions (made at the held-out
 * order's time, empty cart) is in the held-out order. Compares the {@link InsightEngine} with two baselines
 * (daypart best sellers; the customer's own most frequent items) and with their union (own most frequent, filled up
 * with daypart best sellers). A second protocol, segment {@value #IN_CART}, puts the first item of each held-out order
 * of two or more items in the cart and asks for the rest, as at the counter once the customer names a first item.
 * Works on simulated or real store histories.
 *
 * <p>Leave-last-out per customer: other customers' orders placed after a hold-out still feed the store statistics,
 * a mild optimism shared by all strategies. Keeps no state: thread-safe. Cost: O(total order lines + customers x
 * items); a few hundred milliseconds for 10,000 orders.
 */
public final class HitRateEvaluation {
    /** A customer's stated profile and full order history. */
    public record CustomerHistory(DietaryProfile profile, List<PastOrder> orders) {
        public CustomerHistory {
            Objects.requireNonNull(profile, "profile");
            orders = List.copyOf(orders);
        }
    }

    /** Hit counts of one strategy on one segment of customers. */
    public record Row(String strategy, String segment, int customers, int hits) {
        public double hitRate() {
            return customers == 0 ? 0 : (double) hits / customers;
        }
    }

    /** Rows by segment then strategy, and a fixed-width table for reports. */
    public record Report(int customers, long trainingOrders, int k, List<Row> rows) {
        public Report {
            rows = List.copyOf(rows);
        }

        public double hitRate(String strategy, String segment) {
            return rows.stream().filter(r -> r.strategy().equals(strategy) && r.segment().equals(segment))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "no row for strategy '" + strategy + "' and segment '" + segment + "'"))
                    .hitRate();
        }

        public String toTable() {
            StringBuilder out = new StringBuilder(String.format("%-38s %-8s %9s %6s %8s%n",
                    "strategy", "segment", "customers", "hits", "HR@" + k));
            for (Row r : rows) {
                out.append(String.format("%-38s %-8s %9d %6d %8.3f%n",
                        r.strategy(), r.segment(), r.customers(), r.hits(), r.hitRate()));
            }
            return out.toString();
        }
    }

    public static final String ENGINE = "insight engine (blend)";
    public static final String POPULARITY = "baseline: daypart best sellers";
    public static final String OWN_FREQUENT = "baseline: own most frequent";
    public static final String OWN_THEN_POPULAR = "baseline: own frequent + best sellers";
    public static final String ALL = "all";
    public static final String WARM = "warm";
    public static final String COLD = "cold";
    /** Held-out orders of two or more items: the first is in the cart, the rest is to be guessed. */
    public static final String IN_CART = "in-cart";

    private final InsightParameters params;

    public HitRateEvaluation(InsightParameters params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** Evaluates every strategy on {@code customers} (keyed by id, visited in id order). */
    public Report run(Map<String, CustomerHistory> customers, Catalogue catalogue, ZoneId zone) {
        Map<String, CustomerHistory> sorted = new TreeMap<>(customers);
        StoreStats.Builder builder = StoreStats.builder(params.schedule(), zone);
        Map<String, CustomerVisit> visits = new LinkedHashMap<>();
        Map<String, Set<String>> heldOut = new LinkedHashMap<>();
        Map<String, CustomerVisit> cartVisits = new LinkedHashMap<>();
        Map<String, Set<String>> cartHeldOut = new LinkedHashMap<>();
        long training = 0;
        for (Map.Entry<String, CustomerHistory> e : sorted.entrySet()) {
            List<PastOrder> orders = new ArrayList<>(e.getValue().orders());
            if (orders.isEmpty()) {
                continue;
            }
            orders.sort(Comparator.comparing(PastOrder::at));
            PastOrder last = orders.remove(orders.size() - 1);
            builder.addAll(orders);
            training += orders.size();
            CustomerVisit visit = CustomerVisit.of(orders, e.getValue().profile(), last.at(), zone);
            visits.put(e.getKey(), visit);
            heldOut.put(e.getKey(), Set.copyOf(last.itemIds()));
            Set<String> rest = new LinkedHashSet<>(last.itemIds());
            String first = last.itemIds().get(0);
            rest.remove(first);
            if (!rest.isEmpty()) {
                cartVisits.put(e.getKey(), visit.withCart(Set.of(first)));
                cartHeldOut.put(e.getKey(), rest);
            }
        }
        StoreStats stats = builder.build();
        InsightEngine engine = new InsightEngine(params);
        int k = params.recommendationCount();
        Map<String, Strategy> strategies = new LinkedHashMap<>();
        strategies.put(ENGINE, visit -> engine.recommend(visit, catalogue, stats).stream().map(r -> r.item().id()).toList());
        strategies.put(POPULARITY, visit -> Baselines.popular(visit, params, catalogue, stats, k));
        strategies.put(OWN_FREQUENT, visit -> Baselines.ownFrequent(visit, catalogue, k));
        strategies.put(OWN_THEN_POPULAR, visit -> Baselines.ownThenPopular(visit, params, catalogue, stats, k));

        List<Row> rows = new ArrayList<>();
        for (String segment : List.of(ALL, WARM, COLD)) {
            for (Map.Entry<String, Strategy> s : strategies.entrySet()) {
                rows.add(score(s, segment, visits, heldOut));
            }
        }
        for (Map.Entry<String, Strategy> s : strategies.entrySet()) {
            rows.add(score(s, IN_CART, cartVisits, cartHeldOut));
        }
        return new Report(visits.size(), training, k, rows);
    }

    private static Row score(Map.Entry<String, Strategy> strategy, String segment, Map<String, CustomerVisit> visits,
                             Map<String, Set<String>> truths) {
        int n = 0;
        int hits = 0;
        for (Map.Entry<String, CustomerVisit> v : visits.entrySet()) {
            boolean cold = v.getValue().history().isEmpty();
            if (segment.equals(WARM) && cold || segment.equals(COLD) && !cold) {
                continue;
            }
            n++;
            Set<String> truth = truths.get(v.getKey());
            if (strategy.getValue().suggest(v.getValue()).stream().anyMatch(truth::contains)) {
                hits++;
            }
        }
        return new Row(strategy.getKey(), segment, n, hits);
    }

    private interface Strategy {
        List<String> suggest(CustomerVisit visit);
    }
}
