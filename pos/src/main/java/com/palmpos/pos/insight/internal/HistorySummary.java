package com.palmpos.pos.insight.internal;

import com.palmpos.pos.insight.Daypart;
import com.palmpos.pos.insight.DaypartSchedule;
import com.palmpos.pos.insight.PastOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One customer's history folded into per-item tallies, with exponential recency decay relative to the visit time.
 * Built in one pass after a sort, O(order lines + n log n) for n orders. Not thread-safe; built and used within one engine call.
 */
public final class HistorySummary {
    /** Per-item tally; fields are read by the scorers in this package. */
    public static final class Tally {
        public final String itemId;
        public double decayed;
        public double decayedAtDaypart;
        public int orders;
        public Instant lastOrdered = Instant.MIN;

        Tally(String itemId) {
            this.itemId = itemId;
        }
    }

    private final Map<String, Tally> tallies;
    private final int orderCount;

    private HistorySummary(Map<String, Tally> tallies, int orderCount) {
        this.tallies = tallies;
        this.orderCount = orderCount;
    }

    /**
     * Folds {@code history}: each order adds 2^(-age / halfLife) to every distinct item in it (orders dated after
     * {@code now}, e.g. from a skewed till clock, count as new), and to the item's daypart tally when placed at
     * {@code daypart}.
     */
    public static HistorySummary of(List<PastOrder> history, Instant now, Duration halfLife,
                                    DaypartSchedule schedule, ZoneId zone, Daypart daypart) {
        double lambda = Math.log(2) / halfLife.toSeconds();
        Map<String, Tally> tallies = new HashMap<>();
        // Fold in time order so floating-point sums, and hence exact ties, do not depend on how the caller sorted.
        List<PastOrder> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(PastOrder::at));
        ZoneRules rules = zone.getRules();
        long nowSeconds = now.getEpochSecond();
        for (PastOrder order : ordered) {
            long epochSecond = order.at().getEpochSecond();
            double weight = Math.exp(-lambda * Math.max(0, nowSeconds - epochSecond));
            // Offset arithmetic instead of atZone(): the same wall-clock time without a ZonedDateTime per order.
            int offset = rules.getOffset(order.at()).getTotalSeconds();
            LocalTime local = LocalTime.ofSecondOfDay(Math.floorMod(epochSecond + offset, 86_400L));
            boolean sameDaypart = schedule.daypartOf(local) == daypart;
            List<String> items = order.itemIds();
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i);
                if (!firstOccurrence(items, i)) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(id, Tally::new);
                tally.decayed += weight;
                if (sameDaypart) {
                    tally.decayedAtDaypart += weight;
                }
                tally.orders++;
                if (order.at().isAfter(tally.lastOrdered)) {
                    tally.lastOrdered = order.at();
                }
            }
        }
        return new HistorySummary(tallies, history.size());
    }

    // Orders are a handful of lines: a backwards scan beats allocating a set per order.
    private static boolean firstOccurrence(List<String> items, int index) {
        String id = items.get(index);
        for (int j = 0; j < index; j++) {
            if (items.get(j).equals(id)) {
                return false;
            }
        }
        return true;
    }

    public Collection<Tally> tallies() {
        return tallies.values();
    }

    public Tally tallyOf(String itemId) {
        return tallies.get(itemId);
    }

    public int orderCount() {
        return orderCount;
    }

    public boolean isEmpty() {
        return orderCount == 0;
    }
}
