package com.palmpos.pos.insight;

import java.time.Duration;
import java.util.Objects;

/**
 * Every tuning constant of favourites and recommendations, in one place, with its unit and why. Immutable.
 * {@link #DEFAULTS} were chosen on the seeded bakery-cafe simulation (see {@code HitRateEvaluation}); change them only
 * with a new evaluation run.
 *
 * @param halfLife               recency decay of the customer's own orders: an order this old counts half as much
 *                               as one placed now (30 days: habits drift over weeks, not days)
 * @param favouriteCount         how many favourites the cashier screen shows
 * @param recommendationCount    how many recommendations to make (3: what fits on the cashier screen)
 * @param ownHabitWeight         weight of "you often order this at this daypart" (own history, decayed)
 * @param otherDaypartFactor     how much an order at another daypart counts towards the own-habit score (0..1)
 * @param historyConfidence      orders of history at which the own-habit score is trusted half-way; it is scaled
 *                               by n/(n+historyConfidence) so a one-order history does not drown store knowledge
 * @param coPurchaseWeight       weight of "often bought with your favourite / what is in the cart"
 * @param coPurchaseSeeds        how many top favourites seed the co-purchase search (cart items always do)
 * @param coPurchaseShrinkage    pseudo-orders added to a seed's order count when estimating P(item | seed), so a
 *                               pair seen twice in three orders is not taken as a 67% rule
 * @param coPurchaseLiftExponent 0 ranks partners by confidence P(item | seed) (favours generic best sellers),
 *                               1 by lift P(item | seed) / P(item) (favours rare items); in between trades the two
 * @param popularityWeight       weight of "popular at this daypart" (store best sellers); alone, it is the cold start
 * @param categoryRepeatPenalty  score multiplier for each earlier pick of the same category (0..1; 1 = no diversity)
 * @param schedule               where the day splits into dayparts
 */
public record InsightParameters(Duration halfLife, int favouriteCount, int recommendationCount,
                                double ownHabitWeight, double otherDaypartFactor, double historyConfidence,
                                double coPurchaseWeight, int coPurchaseSeeds, double coPurchaseShrinkage,
                                double coPurchaseLiftExponent, double popularityWeight, double categoryRepeatPenalty,
                                DaypartSchedule schedule) {

    public static final InsightParameters DEFAULTS = new InsightParameters(Duration.ofDays(30), 5, 3,
            1.0, 0.3, 2.0,
            0.6, 3, 5.0,
            0.5, 0.35, 0.5,
            DaypartSchedule.DEFAULT);

    public InsightParameters {
        Objects.requireNonNull(halfLife, "halfLife");
        Objects.requireNonNull(schedule, "schedule");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive, got " + halfLife);
        }
        requireAtLeast(favouriteCount, 0, "favouriteCount");
        requireAtLeast(recommendationCount, 0, "recommendationCount");
        requireAtLeast(coPurchaseSeeds, 0, "coPurchaseSeeds");
        requireRange(ownHabitWeight, 0, Double.MAX_VALUE, "ownHabitWeight");
        requireRange(otherDaypartFactor, 0, 1, "otherDaypartFactor");
        requireRange(historyConfidence, 0, Double.MAX_VALUE, "historyConfidence");
        requireRange(coPurchaseWeight, 0, Double.MAX_VALUE, "coPurchaseWeight");
        requireRange(coPurchaseShrinkage, 0, Double.MAX_VALUE, "coPurchaseShrinkage");
        requireRange(coPurchaseLiftExponent, 0, 1, "coPurchaseLiftExponent");
        requireRange(popularityWeight, 0, Double.MAX_VALUE, "popularityWeight");
        requireRange(categoryRepeatPenalty, 0, 1, "categoryRepeatPenalty");
    }

    /** A copy with another number of recommendations. */
    public InsightParameters withRecommendationCount(int count) {
        return new InsightParameters(halfLife, favouriteCount, count, ownHabitWeight, otherDaypartFactor,
                historyConfidence, coPurchaseWeight, coPurchaseSeeds, coPurchaseShrinkage, coPurchaseLiftExponent,
                popularityWeight, categoryRepeatPenalty, schedule);
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    private static void requireRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "], got " + value);
        }
    }
}
