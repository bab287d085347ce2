package com.palmpos.ui.internal.customer;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderService;
import com.palmpos.ui.CounterServices;
import java.util.List;
import java.util.Objects;

/**
 * The order changes the customer panel makes: add picked items for a customer (opening an order first when none is
 * open) and detach a wrongly identified customer. Blocking (H2 transactions): run on the task runner. Thread-safe.
 */
public final class CustomerOrders {

    /** How many past orders are searched for the way the customer had an item last time. */
    static final int HISTORY_FOR_CHOICES = 20;

    private final CounterServices services;
    private final QuickLines lines;

    public CustomerOrders(CounterServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.lines = new QuickLines(services.menus().menu());
    }

    /**
     * Adds one of each item to {@code current} (or to a new dine-in order when it is null), with the customer
     * attached.
     *
     * @return the order as stored after the last item
     * @throws IllegalArgumentException or an order exception with a sentence for the cashier when the menu refuses
     *     an item (sold out, no longer on the menu); items before it stay added
     */
    public Order addItems(Order current, String customerId, List<String> itemIds) {
        OrderService orders = services.orders();
        Order order = current != null ? current
                : orders.open(ServiceMode.DINE_IN, "", services.staffId());
        if (!customerId.equals(order.customerId())) {
            order = orders.attachCustomer(order.id(), customerId);
        }
        List<Order> history = services.customers().orderHistory(customerId, HISTORY_FOR_CHOICES);
        for (String itemId : itemIds) {
            order = orders.addItem(order.id(), lines.lineFor(itemId, history));
        }
        return order;
    }

    /**
     * The customer's order kept open at this terminal when the cashier switched to another customer: the newest
     * unpaid order of theirs with items opened today (an order left open on an earlier day is the manager's to void,
     * not a surprise for the next visit), or null. One H2 query over the open orders.
     */
    public Order parked(String customerId) {
        String terminal = services.settings().terminalId();
        java.time.ZoneId zone = services.settings().zone();
        java.time.LocalDate today = java.time.LocalDate.now(services.clock().withZone(zone));
        List<Order> open = services.orders().openOrders();
        for (int i = open.size() - 1; i >= 0; i--) {
            Order order = open.get(i);
            if (customerId.equals(order.customerId()) && terminal.equals(order.terminalId())
                    && !order.lines().isEmpty() && today.equals(order.openedAt().atZone(zone).toLocalDate())) {
                return order;
            }
        }
        return null;
    }

    /** Attaches the recognised customer to the open order (no-op when already attached). */
    public Order attach(Order order, String customerId) {
        return customerId.equals(order.customerId()) ? order
                : services.orders().attachCustomer(order.id(), customerId);
    }

    /**
     * Records the cashier's rejection of a wrong identification and detaches the customer from the open order.
     *
     * @param order the open order, or null
     * @return the order without the customer, or null when there was none
     */
    public Order reject(Order order, String customerId, double score) {
        String orderId = order == null ? null : order.id();
        services.customers().recordRejectedIdentification(customerId, Double.isNaN(score) ? 0 : score, orderId,
                services.staffId());
        if (order != null && customerId.equals(order.customerId())) {
            return services.orders().attachCustomer(order.id(), null);
        }
        return order;
    }
}
