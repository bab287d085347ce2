package com.palmpos.pos.order;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.loyalty.internal.LedgerRepository;
import com.palmpos.pos.loyalty.internal.LoyaltyPosting;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.internal.OrderRepository;
import com.palmpos.pos.order.internal.OrderWriter;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Opens and changes orders. Every change is one H2 transaction that saves the order and appends its upload
 * ({@link com.palmpos.pos.order.internal.OrderPayload}) to the outbox. Thread-safe; each call costs one small
 * transaction (a few milliseconds): call it off the FX thread.
 */
public final class OrderService {
    /** Tries of one change when another writer changed the order in between. */
    private static final int CONFLICT_ATTEMPTS = 3;
    private final Object[] stripes = java.util.stream.Stream.generate(Object::new).limit(64).toArray();

    private final Database database;
    private final Clock clock;
    private final PosSettings settings;
    private final MenuService menus;
    private final OrderRepository orders = new OrderRepository();
    private final OrderWriter writer;
    private final OrderTransitions transitions;
    private final LoyaltyPosting loyalty;

    public OrderService(Database database, OutboxStore outbox, Clock clock, PosSettings settings, MenuService menus) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.menus = menus;
        LedgerRepository ledger = new LedgerRepository();
        this.writer = new OrderWriter(orders, ledger, outbox);
        this.loyalty = new LoyaltyPosting(settings.loyalty(), ledger);
        this.transitions = new OrderTransitions(new OrderPricer(menus.menu().taxes()));
    }

    /** Starts an order with the next number of the day at this terminal. */
    public synchronized Order open(ServiceMode mode, String label, String staffId) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        Menu menu = menus.menu();
        OrderTotals empty = new OrderPricer(menu.taxes()).price(List.of(), List.of(), mode, menu.currency());
        return database.inTransaction(c -> {
            Order order = new Order(UUID.randomUUID().toString(), orders.nextNumber(c, settings.terminalId(), day),
                    settings.storeId(), settings.terminalId(), mode, label, null, staffId, OrderStatus.OPEN,
                    menu.currency(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, now, now, null,
                    null, empty);
            writer.insert(c, order, day, "order.opened");
            return order;
        });
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
        return database.inTransaction(c -> orders.find(c, orderId));
    }

    /** Orders not yet paid, oldest first. */
    public List<Order> openOrders() {
        return database.inTransaction(c -> {
            List<Order> open = new java.util.ArrayList<>(orders.byStatus(c, OrderStatus.OPEN.name()));
            open.addAll(orders.byStatus(c, OrderStatus.SENT.name()));
            open.sort(java.util.Comparator.comparing(Order::openedAt));
            return open;
        });
    }

    /**
     * This terminal's unpaid orders (open or sent to the kitchen) opened on {@code day} in the store's time zone,
     * newest first: what the cashier may bring back to the counter by hand. Orders of other terminals and of other
     * days are left out (an order left open on an earlier day is the manager's to void). One H2 transaction over the
     * unpaid orders; thread-safe.
     */
    public List<Order> openOrders(LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        return openOrders().stream()
                .filter(order -> settings.terminalId().equals(order.terminalId()))
                .filter(order -> day.equals(order.openedAt().atZone(settings.zone()).toLocalDate()))
                .sorted(java.util.Comparator.comparing(Order::openedAt).reversed())
                .toList();
    }

    /** Paid orders whose offline payment was declined afterwards: money to collect, for the manager. */
    public List<Order> paymentDue() {
        return database.inTransaction(orders::paymentDue);
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
        return database.inTransaction(c -> orders.recent(c, limit));
    }

    /** A customer's most recent orders, newest first. */
    public List<Order> history(String customerId, int limit) {
        return database.inTransaction(c -> orders.byCustomer(c, customerId, limit));
    }

    /**
     * Refunds {@code quantities} (line id -> units; empty map refunds everything left). Loyalty points earned on the
     * refunded money are taken back in the same transaction.
     */
    public Order refund(String orderId, Map<String, Integer> quantities, String reason, String staffId) {
        String refundId = UUID.randomUUID().toString();
        return database.inTransaction(c -> {
            Instant now = clock.instant();
            Order changed = transitions.refund(writer.load(c, orderId), quantities, reason, staffId, refundId, now);
            loyalty.onRefund(c, changed, changed.refunds().get(changed.refunds().size() - 1), now);
            writer.update(c, changed, "order.refunded");
            return changed;
        });
    }

    /**
     * Applies {@code edit} to the stored order. Two screens (the cashier's line edit and the customer panel's
     * attach) may change one order at once: changes of one order through this service take turns (one process owns
     * the data directory, so an in-process lock is enough), and a change that still loses the version check to
     * another writer (payments, the sync) re-reads and re-applies its edit, a function of the order it is given.
     */
    private Order change(String orderId, String event, UnaryOperator<Order> edit) {
        synchronized (stripes[Math.floorMod(orderId.hashCode(), stripes.length)]) {
            return changeWithRetry(orderId, event, edit);
        }
    }

    private Order changeWithRetry(String orderId, String event, UnaryOperator<Order> edit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(c -> {
                    Order changed = edit.apply(writer.load(c, orderId));
                    writer.update(c, changed, event);
                    return changed;
                });
            } catch (ConcurrentModificationException e) {
                if (attempt >= CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private LineFactory lineFactory() {
        return new LineFactory(menus.menu(), settings.storeId(), menus::isAvailable);
    }
}
