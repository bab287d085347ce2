package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.order.internal.OrderPayload;
import com.palmpos.pos.order.internal.OrderRepository;
import com.palmpos.pos.order.internal.PurchaseIndex;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one writer of orders. Every change of an order, whoever asks for it (the cashier's edits, payments, loyalty
 * redemptions, the sync's late payment answers), goes through {@link #change}: load the stored order, apply a pure
 * transition, post its loyalty points through the {@link LoyaltyPort}, save it with the revision check, refresh the
 * purchase index and append its upload ({@code palmpos.order.v1}) to the outbox, all in one H2 transaction. Changes of
 * one order take turns on an in-process lock stripe (one process owns the data directory), and a change that still
 * loses the revision check to another writer re-reads the order and re-applies its transition, up to
 * {@value #CONFLICT_ATTEMPTS} times before it is refused with {@link OrderChangedElsewhereException} ("reload it and
 * try again").
 *
 * <p>Build one per terminal and share it between the services: the stripes only make changes take turns when every
 * writer holds the same ledger. Thread-safe; each call is one small transaction (a few milliseconds): call it off the
 * FX thread.
 */
public final class OrderLedger {
    /** Tries of one change when another writer changed the order in between. */
    public static final int CONFLICT_ATTEMPTS = 3;
    /** The outbox entity of order uploads. */
    public static final String ENTITY = "order";

    private final Object[] stripes = Stream.generate(Object::new).limit(64).toArray();
    private final Object numbering = new Object();
    private final Database database;
    private final OutboxStore outbox;
    private final Clock clock;
    private final LoyaltyPort loyalty;
    private final OrderRepository orders = new OrderRepository();
    private final PurchaseIndex purchases = new PurchaseIndex();

    /**
     * @param loyalty where points of paid and refunded orders are posted ({@link LoyaltyPort#NONE} for none)
     */
    public OrderLedger(Database database, OutboxStore outbox, Clock clock, LoyaltyPort loyalty) {
        this.database = Objects.requireNonNull(database, "database");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loyalty = Objects.requireNonNull(loyalty, "loyalty");
    }

    /** The store the orders live in (for a service's own rows written beside an order change). */
    public Database database() {
        return database;
    }

    /** The clock every change is stamped with. */
    public Clock clock() {
        return clock;
    }

    /**
     * What a transition made of an order: the changed order and its outbox event, plus any further outbox messages to
     * append in the same transaction after the order's upload. {@link #unchanged} saves nothing.
     */
    public record Step(Order order, String event, List<OutboxMessage> alsoAppend) {
        public Step {
            Objects.requireNonNull(order, "order");
            alsoAppend = List.copyOf(alsoAppend);
        }

        public static Step of(Order order, String event) {
            return new Step(order, Objects.requireNonNull(event, "event"), List.of());
        }

        /** Nothing to save (e.g. an idempotent answer that was already recorded). */
        public static Step unchanged(Order order) {
            return new Step(order, null, List.of());
        }

        /** This step with {@code message} appended to the outbox after the order's upload. */
        public Step alsoAppending(OutboxMessage message) {
            List<OutboxMessage> all = new ArrayList<>(alsoAppend);
            all.add(message);
            return new Step(order, event, all);
        }

        boolean changed() {
            return event != null;
        }
    }

    /**
     * A change of a stored order. It may be applied more than once (after a lost revision check), so it must be a
     * function of the order it is given; {@code c} is the change's transaction for rows the caller keeps beside the
     * order (payment intents), which roll back with it.
     */
    @FunctionalInterface
    public interface Transition {
        Step apply(Order current, Connection c) throws SQLException;
    }

    /**
     * Saves a new order with the next number of {@code day} at {@code terminalId}, which {@code numbered} receives.
     * Openings take turns so two screens never draw the same number.
     */
    public Order open(String terminalId, LocalDate day, String event, IntFunction<Order> numbered) {
        Order opened;
        synchronized (numbering) {
            opened = database.inTransaction(c -> {
                Order order = numbered.apply(orders.nextNumber(c, terminalId, day));
                orders.insert(c, order, day);
                purchases.record(c, order);
                append(c, order, event);
                return order;
            });
        }
        outbox.committed();
        return opened;
    }

    /** Applies {@code transition} to the stored order and saves the result as {@code event}. */
    public Order change(String orderId, String event, UnaryOperator<Order> transition) {
        return change(orderId, (current, c) -> Step.of(transition.apply(current), event));
    }

    /**
     * Applies {@code transition} to the stored order and saves what it returns. An order that becomes paid gets its
     * loyalty points posted; a new refund takes back the points earned on the refunded money.
     *
     * @throws RefusedArgumentException       if there is no such order
     * @throws OrderChangedElsewhereException if another writer kept winning the revision check
     */
    public Order change(String orderId, Transition transition) {
        synchronized (stripes[Math.floorMod(orderId.hashCode(), stripes.length)]) {
            for (int attempt = 1; ; attempt++) {
                try {
                    Order saved = database.inTransaction(c -> save(c, load(c, orderId), transition));
                    outbox.committed(); // the sync worker sends the new snapshot now, not after its idle pause
                    return saved;
                } catch (OrderChangedElsewhereException e) {
                    if (attempt >= CONFLICT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * Like {@link #change(String, Transition)} for the order that holds the tender {@code paymentId}.
     *
     * @throws IllegalArgumentException if no order on this terminal has that payment
     */
    public Order changeByPayment(String paymentId, Transition transition) {
        String orderId = database.inTransaction(c -> orders.orderIdOfPayment(c, paymentId)).orElseThrow(
                () -> new IllegalArgumentException("no payment " + paymentId + " on this terminal"));
        return change(orderId, transition);
    }

    private Order save(Connection c, Order before, Transition transition) throws SQLException {
        Step step = transition.apply(before, c);
        if (!step.changed()) {
            return step.order();
        }
        Order after = step.order();
        Instant now = after.updatedAt();
        if (before.status().editable() && after.status() == OrderStatus.PAID) {
            loyalty.onPaid(c, after, now);
        }
        if (after.refunds().size() > before.refunds().size()) {
            loyalty.onRefund(c, after, after.refunds().get(after.refunds().size() - 1), now);
        }
        orders.update(c, after);
        purchases.record(c, after);
        append(c, after, step.event());
        for (OutboxMessage message : step.alsoAppend()) {
            outbox.append(c, message);
        }
        return after;
    }

    private void append(Connection c, Order order, String event) throws SQLException {
        String payload = OrderPayload.build(order, event, loyalty.pointsOf(c, order.id()));
        outbox.append(c, OutboxMessage.of(ENTITY, order.id(), event, payload));
    }

    private Order load(Connection c, String orderId) throws SQLException {
        return orders.find(c, orderId).orElseThrow(() -> new RefusedArgumentException(RefusalCode.ORDER_UNKNOWN,
                "no order " + orderId + " on this terminal: it may have been archived"));
    }

    /**
     * The stored order.
     *
     * @throws RefusedArgumentException if there is no such order (archived or never here)
     */
    public Order load(String orderId) {
        return database.inTransaction(c -> load(c, orderId));
    }

    public Optional<Order> find(String orderId) {
        return database.inTransaction(c -> orders.find(c, orderId));
    }

    /** Orders in {@code status}. */
    public List<Order> byStatus(OrderStatus status) {
        return database.inTransaction(c -> orders.byStatus(c, status.name()));
    }

    /** Paid orders whose offline payment was declined afterwards. */
    public List<Order> paymentDue() {
        return database.inTransaction(orders::paymentDue);
    }

    /** The most recent orders of any state, newest first. */
    public List<Order> recent(int limit) {
        return database.inTransaction(c -> orders.recent(c, limit));
    }

    /** A customer's most recent orders, newest first. */
    public List<Order> byCustomer(String customerId, int limit) {
        return database.inTransaction(c -> orders.byCustomer(c, customerId, limit));
    }

    /** Minor units of offline payments not yet forwarded (tips included) in {@code currencyCode}. */
    public long offlineOutstanding(String currencyCode) {
        return database.inTransaction(c -> orders.offlineOutstanding(c, currencyCode));
    }
}
