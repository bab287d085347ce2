package com.palmpos.pos.customer;

import com.palmpos.pos.customer.internal.InsightMapping;
import com.palmpos.pos.insight.CustomerVisit;
import com.palmpos.pos.insight.DaypartSchedule;
import com.palmpos.pos.insight.DietaryProfile;
import com.palmpos.pos.insight.Insight;
import com.palmpos.pos.insight.InsightEngine;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.insight.StoreStats;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.Order;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the cashier sees when a customer is recognised: favourites and three recommendations for this visit, from
 * the customer's order history at this store, the menu as it is now (86'd items excluded), their stated diets and
 * allergens, and the store's best sellers and co-purchases. Thread-safe; one call reads up to
 * {@value #HISTORY_LIMIT} past orders from the purchase index and costs a few milliseconds: call it off the FX thread.
 */
public final class CustomerInsights {
    /** How many of a customer's most recent orders are read. */
    public static final int HISTORY_LIMIT = 1000;

    private final CustomerStore customers;
    private final MenuService menus;
    private final InsightEngine engine;
    private final Clock clock;
    private volatile StoreStats stats = StoreStats.empty();

    public CustomerInsights(CustomerStore customers, MenuService menus, InsightEngine engine, Clock clock) {
        this.customers = customers;
        this.menus = menus;
        this.engine = engine;
        this.clock = clock;
    }

    /** Rebuilds the store-wide statistics from finished orders (e.g. the last 90 days); O(orders). */
    public void refreshStoreStats(Collection<Order> recentOrders) {
        StoreStats.Builder builder = StoreStats.builder(DaypartSchedule.DEFAULT, clock.getZone());
        for (Order order : recentOrders) {
            InsightMapping.pastOrder(order).ifPresent(builder::add);
        }
        stats = builder.build();
    }

    /**
     * Favourites and recommendations for {@code customerId} at this moment, given what is already in the cart.
     * An unknown customer gets the store's best sellers for the daypart (cold start).
     */
    public Insight forCustomer(String customerId, Set<String> cartItemIds) {
        Optional<CustomerProfile> profile = customers.find(customerId);
        List<PastOrder> history = customers.purchaseHistory(customerId, HISTORY_LIMIT);
        DietaryProfile dietary = profile.map(InsightMapping::profile).orElse(DietaryProfile.NONE);
        CustomerVisit visit = CustomerVisit.of(history, dietary, clock.instant(), clock.getZone()).withCart(cartItemIds);
        return engine.insightFor(visit, InsightMapping.catalogue(menus), stats);
    }
}
