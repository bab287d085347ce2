package com.palmpos.ui.internal.customer;

import com.palmpos.pos.customer.CustomerInsights;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.insight.Favourite;
import com.palmpos.pos.insight.Insight;
import com.palmpos.pos.insight.Recommendation;
import com.palmpos.pos.loyalty.Reward;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a customer's {@link CustomerSnapshot} from the store: profile, balance, affordable rewards, favourites and
 * recommendations. Blocking (a few small H2 reads, a few milliseconds): run it on the task runner. Thread-safe.
 */
public final class CustomerLookup {

    /** Favourites offered for one-tap reorder. */
    public static final int FAVOURITES = 3;
    /** Recommendations offered per visit. */
    public static final int RECOMMENDATIONS = 3;

    private final CustomerStore customers;
    private final LoyaltyService loyalty;
    private final CustomerInsights insights;

    public CustomerLookup(CustomerStore customers, LoyaltyService loyalty, CustomerInsights insights) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.loyalty = Objects.requireNonNull(loyalty, "loyalty");
        this.insights = Objects.requireNonNull(insights, "insights");
    }

    /**
     * @param cartItemIds items already in the open order (they are not recommended again)
     * @return empty when the customer is not in this terminal's cache (e.g. the profile pull has not run yet)
     */
    public Optional<CustomerSnapshot> load(String customerId, double score, Set<String> cartItemIds) {
        Optional<CustomerProfile> profile = customers.find(customerId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        long points = loyalty.balance(customerId);
        List<Reward> rewards = loyalty.rewards().stream()
                .filter(reward -> reward.points() <= points)
                .sorted(Comparator.comparingLong(Reward::points))
                .toList();
        Insight insight = insights.forCustomer(customerId, cartItemIds);
        List<Favourite> favourites = insight.favourites().stream().limit(FAVOURITES).toList();
        // "Try today" offers something new: never an item the favourites already show
        Set<String> shown = favourites.stream().map(f -> f.item().id()).collect(Collectors.toSet());
        List<Recommendation> recommendations = insight.recommendations().stream()
                .filter(r -> !shown.contains(r.item().id())).limit(RECOMMENDATIONS).toList();
        boolean returning = !customers.purchaseHistory(customerId, 1).isEmpty();
        return Optional.of(new CustomerSnapshot(profile.get(), score, points, rewards, favourites, recommendations,
                returning));
    }
}
