package com.palmpos.ui.internal.customer;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.Recommendation;
import com.palmpos.pos.loyalty.Reward;
import java.util.List;
import java.util.Objects;

/**
 * Everything the customer panel shows about a recognised customer, read in one go off the FX thread. Immutable.
 *
 * @param score the palm match's similarity (0..1), or NaN when the customer was chosen another way
 * @param points loyalty balance including this terminal's ledger
 * @param rewards rewards the balance already pays for, cheapest first
 * @param favourites top favourites for one-tap reorder, best first (at most {@link CustomerLookup#FAVOURITES})
 * @param recommendations suggestions for this visit, best first (at most {@link CustomerLookup#RECOMMENDATIONS})
 */
public record CustomerSnapshot(CustomerProfile profile, double score, long points, List<Reward> rewards,
        List<Favourite> favourites, List<Recommendation> recommendations, boolean returning) {

    public CustomerSnapshot {
        Objects.requireNonNull(profile, "profile");
        rewards = List.copyOf(rewards);
        favourites = List.copyOf(favourites);
        recommendations = List.copyOf(recommendations);
    }

    public String customerId() {
        return profile.customerId();
    }

    /**
     * The name to greet the customer with on the customer display: the preferred name, else the first word of the
     * name, so a surname never shows on a screen others can read.
     */
    public String firstName() {
        return firstNameOf(profile);
    }

    /** As {@link #firstName()}, for a profile. */
    public static String firstNameOf(CustomerProfile profile) {
        String name = profile.greetingName().strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
