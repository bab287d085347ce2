package com.palmpos.pos.order;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Opens and changes orders at the counter. Every change goes through the terminal's {@link OrderLedger}: one H2
 * transaction that saves the order and appends its upload to the outbox, taking turns with the other writers of the
 * same order. Thread-safe; each call costs one small transaction (a few milliseconds): call it off the FX thread.
 */
public final class OrderService {
    private final OrderLedger ledger;
    private final Clock clock;
    private final PosSettings settings;
    private final MenuService menus;
    private final OrderTransitions transitions;

    /**
     * @param ledger the terminal's one order writer, shared with payments and loyalty
     */
    public OrderService(OrderLedger ledger, PosSettings settings, MenuService menus) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = ledger.clock();
        this.settings = settings;
        this.menus = menus;
        this.transitions = new OrderTransitions(new OrderPricer(menus.menu().taxes()));
    }

    /** Starts an order with the next number of the day at this terminal. */
    public Order open(ServiceMode mode, String label, String staffId) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        Menu menu = menus.menu();
        OrderTotals empty = new OrderPricer(menu.taxes()).price(List.of(), List.of(), mode, menu.currency());
        return ledger.open(settings.terminalId(), day, "order.opened", number -> Order.opening(
                UUID.randomUUID().toString(), menu.currency()).number(number)
                .at(settings.storeId(), settings.terminalId()).mode(mode).label(label).staff(staffId).openedAt(now)
                .build(empty));
    }

    /** Adds an item; refuses 86'd items and choices the menu does not allow, with a message for the cashier. */
    public Order addItem(String orderId, LineRequest request) {
        OrderLine line = lineFactory().item(request);
        return change(orderId, "order.line_added", o -> transitions.addLine(o, line, clock.instant()));
    }

    public Order addCombo(String orderId, ComboRequest request) {
        OrderLine line = lineFactory().combo(request);
        return change(orderId, "order.line_added", o -> transitions.addLine(o, line, clock.instant()));
    }

    public Order removeLine(String orderId, String lineId) {
        return change(orderId, "order.line_removed", o -> transitions.removeLine(o, lineId, clock.instant()));
    }

    public Order changeQuantity(String orderId, String lineId, int quantity) {
        return change(orderId, "order.line_changed", o -> transitions.changeQuantity(o, lineId, quantity, clock.instant()));
    }

    /** Sets the kitchen note of an unsent line (empty clears it); at most {@link OrderTransitions#MAX_NOTE} chars. */
    public Order changeNote(String orderId, String lineId, String note) {
        return change(orderId, "order.line_changed", o -> transitions.changeNote(o, lineId, note, clock.instant()));
    }

    /** Sets the order's label (name, table or an order-wide note for the kitchen); empty clears it. */
    public Order changeLabel(String orderId, String label) {
        return change(orderId, "order.label_changed", o -> transitions.changeLabel(o, label, clock.instant()));
    }

    public Order changeMode(String orderId, ServiceMode mode) {
        return change(orderId, "order.mode_changed", o -> transitions.changeMode(o, mode, clock.instant()));
    }

    public Order discountLine(String orderId, String lineId, Discount discount) {
        return change(orderId, "order.discounted", o -> transitions.setLineDiscount(o, lineId, discount, clock.instant()));
    }

    public Order discountOrder(String orderId, Discount discount) {
        return change(orderId, "order.discounted", o -> transitions.addOrderDiscount(o, discount, clock.instant()));
    }

    public Order attachCustomer(String orderId, String customerId) {
        return change(orderId, "order.customer_attached", o -> transitions.attachCustomer(o, customerId, clock.instant()));
    }

    /**
     * Marks unsent lines as sent. Print {@code TicketFormatter.kitchenTicket(order, order.lastSentLines())} of the
     * result for the kitchen.
     */
    public Order sendToKitchen(String orderId) {
        return change(orderId, "order.sent", o -> transitions.sendToKitchen(o, clock.instant()));
    }

    public Order complete(String orderId) {
        return change(orderId, "order.completed", o -> transitions.complete(o, clock.instant()));
    }

    public Order voidOrder(String orderId, String reason) {
        return change(orderId, "order.voided", o -> transitions.voidOrder(o, reason, clock.instant()));
    }

    public Optional<Order> find(String orderId) {
        return ledger.find(orderId);
    }

    /** Orders not yet paid, oldest first. */
    public List<Order> openOrders() {
        List<Order> open = new ArrayList<>(ledger.byStatus(OrderStatus.OPEN));
        open.addAll(ledger.byStatus(OrderStatus.SENT));
        open.sort(Comparator.comparing(Order::openedAt));
        return open;
    }

    /**
     * This terminal's unpaid orders (open or sent to the kitchen) opened on {@code day} in the store's time zone,
     * newest first: what the cashier may bring back to the counter by hand. Orders of other terminals and of other
     * days are left out (an order left open on an earlier day is the manager's to void). One H2 transaction over the
     * unpaid orders; thread-safe.
     */
    public List<Order> openOrders(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return openOrders().stream()
                .filter(order -> settings.terminalId().equals(order.terminalId()))
                .filter(order -> day.equals(order.openedAt().atZone(settings.zone()).toLocalDate()))
                .sorted(Comparator.comparing(Order::openedAt).reversed())
                .toList();
    }

    /** Paid orders whose offline payment was declined afterwards: money to collect, for the manager. */
    public List<Order> paymentDue() {
        return ledger.paymentDue();
    }

    /**
     * This terminal's most recent orders of any state (open, paid, voided, refunded), newest first: how a manager
     * finds an anonymous customer's order to refund.
     *
     * @throws IllegalArgumentException if {@code limit} is not 1..1000
     */
    public List<Order> recent(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("recent orders: limit must be 1..1000, was " + limit);
        }
        return ledger.recent(limit);
    }

    /** A customer's most recent orders, newest first. */
    public List<Order> history(String customerId, int limit) {
        return ledger.byCustomer(customerId, limit);
    }

    /**
     * Refunds {@code quantities} (line id -> units; empty map refunds everything left). Loyalty points earned on the
     * refunded money are taken back in the same transaction.
     */
    public Order refund(String orderId, Map<String, Integer> quantities, String reason, String staffId) {
        String refundId = UUID.randomUUID().toString();
        return ledger.change(orderId, "order.refunded",
                o -> transitions.refund(o, quantities, reason, staffId, refundId, clock.instant()));
    }

    private Order change(String orderId, String event, UnaryOperator<Order> edit) {
        return ledger.change(orderId, event, edit);
    }

    private LineFactory lineFactory() {
        return new LineFactory(menus.menu(), settings.storeId(), menus::isAvailable);
    }
}
