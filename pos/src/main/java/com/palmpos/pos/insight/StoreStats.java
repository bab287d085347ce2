package com.palmpos.pos.insight;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Store-wide order statistics: how many orders contained each item, per daypart, and how often two items were in the
 * same order ("often bought together"). Counts are per order: an item ordered three times in one order counts once.
 * An immutable snapshot, thread-safe; build one with {@link #builder}, which is updated incrementally as orders close.
 */
public final class StoreStats {
    private static final Comparator<Map.Entry<String, Long>> BY_COUNT_THEN_ID =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final long orders;
    private final Map<String, Long> itemOrders;
    private final Map<Daypart, Long> daypartOrders;
    private final Map<Daypart, Map<String, Long>> daypartItemOrders;
    private final Map<Daypart, List<String>> bestSellers;
    private final Map<String, Map<String, Long>> together;

    private StoreStats(Builder b) {
        orders = b.orders;
        itemOrders = Map.copyOf(b.itemOrders);
        daypartOrders = Collections.unmodifiableMap(new EnumMap<>(b.daypartOrders));
        Map<Daypart, Map<String, Long>> perDaypart = new EnumMap<>(Daypart.class);
        Map<Daypart, List<String>> ranked = new EnumMap<>(Daypart.class);
        for (Daypart daypart : Daypart.values()) {
            Map<String, Long> counts = Map.copyOf(b.daypartItemOrders.getOrDefault(daypart, Map.of()));
            perDaypart.put(daypart, counts);
            List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(BY_COUNT_THEN_ID);
            ranked.put(daypart, entries.stream().map(Map.Entry::getKey).toList());
        }
        daypartItemOrders = Collections.unmodifiableMap(perDaypart);
        bestSellers = Collections.unmodifiableMap(ranked);
        Map<String, Map<String, Long>> pairs = new HashMap<>();
        b.together.forEach((item, partners) -> pairs.put(item, Map.copyOf(partners)));
        together = Map.copyOf(pairs);
    }

    /** Statistics of no orders at all (a brand-new store). */
    public static StoreStats empty() {
        return builder(DaypartSchedule.DEFAULT, ZoneId.of("UTC")).build();
    }

    /** A builder that sorts orders into dayparts by {@code schedule} on the wall clock of {@code zone}. */
    public static Builder builder(DaypartSchedule schedule, ZoneId zone) {
        return new Builder(schedule, zone);
    }

    /** Number of orders counted. */
    public long orderCount() {
        return orders;
    }

    /** Number of orders placed at {@code daypart}. */
    public long orderCount(Daypart daypart) {
        return daypartOrders.getOrDefault(daypart, 0L);
    }

    /** Number of orders that contained {@code itemId}. Constant time. */
    public long ordersWith(String itemId) {
        return itemOrders.getOrDefault(itemId, 0L);
    }

    /** Number of orders at {@code daypart} that contained {@code itemId}. Constant time. */
    public long ordersWith(Daypart daypart, String itemId) {
        return daypartItemOrders.get(daypart).getOrDefault(itemId, 0L);
    }

    /** Item ids sold at {@code daypart}, best seller first, ties by id. Precomputed: O(1), the list is immutable. */
    public List<String> bestSellers(Daypart daypart) {
        return bestSellers.get(daypart);
    }

    /** Number of orders containing both items (symmetric; 0 for an item with itself). Constant time. */
    public long ordersWithBoth(String a, String b) {
        return together.getOrDefault(a, Map.of()).getOrDefault(b, 0L);
    }

    /** Items seen in an order with {@code itemId} and how many orders they shared. Immutable; O(1). */
    public Map<String, Long> partnersOf(String itemId) {
        return together.getOrDefault(itemId, Map.of());
    }

    /**
     * Lift of the pair: P(a and b) / (P(a) P(b)); above 1 means bought together more often than chance.
     * 0 when either item was never sold. Constant time.
     */
    public double lift(String a, String b) {
        long na = ordersWith(a);
        long nb = ordersWith(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        return (double) ordersWithBoth(a, b) * orders / ((double) na * nb);
    }

    /**
     * Accumulates store statistics order by order. Not thread-safe: feed it from one thread (e.g. the order-closed
     * listener) and publish {@link #build()} snapshots to readers. {@link #add} costs O(k^2) for an order of k distinct
     * items; {@link #build} costs O(items x dayparts + pairs), so rebuild a snapshot every few orders, not per keystroke.
     */
    public static final class Builder {
        private final DaypartSchedule schedule;
        private final ZoneId zone;
        private long orders;
        private final Map<String, Long> itemOrders = new HashMap<>();
        private final Map<Daypart, Long> daypartOrders = new EnumMap<>(Daypart.class);
        private final Map<Daypart, Map<String, Long>> daypartItemOrders = new EnumMap<>(Daypart.class);
        private final Map<String, Map<String, Long>> together = new HashMap<>();

        private Builder(DaypartSchedule schedule, ZoneId zone) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /** Counts one closed order. */
        public Builder add(PastOrder order) {
            Daypart daypart = schedule.daypartOf(order.at(), zone);
            List<String> distinct = new ArrayList<>(new TreeSet<>(order.itemIds()));
            orders++;
            daypartOrders.merge(daypart, 1L, Long::sum);
            Map<String, Long> atDaypart = daypartItemOrders.computeIfAbsent(daypart, d -> new HashMap<>());
            for (int i = 0; i < distinct.size(); i++) {
                String a = distinct.get(i);
                itemOrders.merge(a, 1L, Long::sum);
                atDaypart.merge(a, 1L, Long::sum);
                for (int j = i + 1; j < distinct.size(); j++) {
                    String b = distinct.get(j);
                    together.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1L, Long::sum);
                    together.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1L, Long::sum);
                }
            }
            return this;
        }

        /** Counts every order of {@code closedOrders}. */
        public Builder addAll(Iterable<PastOrder> closedOrders) {
            closedOrders.forEach(this::add);
            return this;
        }

        /** An immutable snapshot of what was counted so far; the builder stays usable for more orders. */
        public StoreStats build() {
            return new StoreStats(this);
        }
    }
}
