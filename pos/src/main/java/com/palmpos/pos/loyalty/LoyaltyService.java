package com.palmpos.pos.loyalty;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.RefusedStateException;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Discount;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderPricer;
import com.palmpos.pos.order.OrderTransitions;
import com.palmpos.pos.order.Redemption;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loyalty at the counter: balances, the reward catalogue and redemption on an open order. Points are earned when an
 * order is paid (see {@code PaymentService}) and taken back on refunds, each at most once per order.
 * Thread-safe; each call is one small transaction.
 */
public final class LoyaltyService {
    private final Database database;
    private final Clock clock;
    private final LoyaltySettings settings;
    private final CustomerStore customers;
    private final OrderLedger orders;
    private final OrderTransitions transitions;
    private final LoyaltyPosting posting;

    /**
     * @param orders    the terminal's one order writer (redemptions change orders through it)
     * @param posting   the terminal's loyalty ledger, the same one the order ledger posts paid orders to
     * @param customers where the cached profiles (the cloud's balance) live
     */
    public LoyaltyService(OrderLedger orders, LoyaltyPosting posting, CustomerStore customers, MenuService menus) {
        this.orders = java.util.Objects.requireNonNull(orders, "orders");
        this.posting = java.util.Objects.requireNonNull(posting, "posting");
        this.customers = java.util.Objects.requireNonNull(customers, "customers");
        this.database = orders.database();
        this.clock = orders.clock();
        this.settings = posting.settings();
        this.transitions = new OrderTransitions(new OrderPricer(menus.menu().taxes()));
    }

    public List<Reward> rewards() {
        return settings.rewards();
    }

    /**
     * The customer's points: the cloud balance from the cached profile plus this terminal's ledger entries the cloud
     * had not yet counted (recorded after the profile's {@code pointsAsOf}).
     */
    public long balance(String customerId) {
        return database.inTransaction(c -> balance(c, customerId));
    }

    private long balance(Connection c, String customerId) throws SQLException {
        Optional<CustomerProfile> profile = customers.find(customerId); // joins the caller's transaction
        long cloud = profile.map(CustomerProfile::pointsBalance).orElse(0L);
        return cloud + posting.sumAfter(c, customerId, profile.map(CustomerProfile::pointsAsOf).orElse(null));
    }

    /** Points this order would earn if paid now. Pure; O(1). */
    public long pointsFor(Order order) {
        return posting.pointsFor(order);
    }

    /**
     * Redeems {@code rewardId} on an open order with a customer: the most expensive eligible unit not already
     * discounted becomes free (up to the reward's cap). Points leave the balance when the order is paid.
     *
     * @throws IllegalStateException if loyalty is off, the order has no customer, the balance is too low or nothing on
     *                               the order qualifies; the message says which
     */
    public Order redeem(String orderId, String rewardId) {
        Reward reward = settings.rewards().stream().filter(r -> r.id().equals(rewardId)).findFirst()
                .orElseThrow(() -> new RefusedArgumentException(RefusalCode.REWARD_UNKNOWN,
                        "no reward '" + rewardId + "' in the catalogue", rewardId));
        if (!settings.enabled()) {
            throw new RefusedStateException(RefusalCode.LOYALTY_OFF, "loyalty is switched off for this store");
        }
        return orders.change(orderId, (order, c) -> {
            if (order.customerId() == null) {
                throw new RefusedStateException(RefusalCode.LOYALTY_NO_CUSTOMER, "order " + order.number()
                        + " has no customer: scan a palm or look the customer up first", order.number());
            }
            long reserved = order.redemptions().stream().mapToLong(Redemption::points).sum();
            long available = balance(c, order.customerId()) - reserved;
            if (available < reward.points()) {
                throw new RefusedStateException(RefusalCode.REWARD_TOO_FEW_POINTS, reward.name() + " needs "
                        + reward.points() + " points; the customer has " + available + " available", reward.name(),
                        reward.points(), available);
            }
            OrderLine line = order.lines().stream()
                    .filter(l -> !l.combo() && l.discount() == null && reward.covers(l.itemId(), l.categoryId()))
                    .max(Comparator.comparing(OrderLine::unitTotal))
                    .orElseThrow(() -> new RefusedStateException(RefusalCode.REWARD_NOTHING_QUALIFIES, "nothing on order "
                            + order.number() + " qualifies for " + reward.name() + ": add an eligible item first",
                            order.number(), reward.name()));
            Money value = line.unitTotal();
            if (reward.maxValueMinor() > 0) {
                value = value.min(Money.ofMinor(reward.maxValueMinor(), order.currency()));
            }
            Discount discount = new Discount(reward.name(), null, value, "loyalty:" + reward.id());
            Redemption redemption = new Redemption(reward.id(), reward.name(), reward.points(), line.lineId(), value);
            return OrderLedger.Step.of(transitions.redeem(order, redemption, discount, clock.instant()),
                    "order.reward_redeemed");
        });
    }
}
