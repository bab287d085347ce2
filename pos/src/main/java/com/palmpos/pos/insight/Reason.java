package com.palmpos.pos.insight;

import java.util.Objects;

/**
 * Why an item is recommended, for the cashier screen. {@link #text()} gives a short English sentence; a localised UI
 * builds its own from {@link #kind()}, {@link #daypart()} and {@link #relatedItemName()}. Immutable.
 *
 * @param kind            which signal carried the recommendation
 * @param daypart         the daypart of the visit
 * @param relatedItemName for {@link Kind#OFTEN_WITH}: the favourite or cart item it goes with; otherwise empty
 */
public record Reason(Kind kind, Daypart daypart, String relatedItemName) {
    /** The signal behind a recommendation. */
    public enum Kind {
        /** The customer often orders it at this daypart. */
        YOUR_HABIT,
        /** The customer orders it, though mostly at other dayparts. */
        YOUR_USUAL,
        /** Store customers often buy it with one of this customer's favourites or a cart item. */
        OFTEN_WITH,
        /** A store best seller at this daypart. */
        POPULAR_NOW
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(daypart, "daypart");
        relatedItemName = relatedItemName == null ? "" : relatedItemName;
    }

    /** E.g. "Often with your Tomato Soup", "Popular at lunch", "You often order this in the morning". */
    public String text() {
        switch (kind) {
            case YOUR_HABIT:
                return "You often order this " + daypart.habitPhrase();
            case YOUR_USUAL:
                return "One of your usuals";
            case OFTEN_WITH:
                return "Often with your " + relatedItemName;
            case POPULAR_NOW:
                return "Popular " + daypart.popularPhrase();
            default:
                throw new AssertionError(kind);
        }
    }
}
