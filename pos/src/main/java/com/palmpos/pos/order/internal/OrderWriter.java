package com.palmpos.pos.order.internal;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.loyalty.internal.LedgerRepository;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.outbox.OutboxStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Saves an order change, its purchase index rows and its outbox message in the caller's transaction, so a committed change always has its
 * upload and a rolled-back one never does. Stateless apart from its collaborators; thread-safe.
 */
public final class OrderWriter {
    public static final String ENTITY = "order";

    private final OrderRepository orders;
    private final LedgerRepository ledger;
    private final OutboxStore outbox;
    private final PurchaseIndex purchases = new PurchaseIndex();

    public OrderWriter(OrderRepository orders, LedgerRepository ledger, OutboxStore outbox) {
        this.orders = orders;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    public Order load(Connection c, String orderId) throws SQLException {
        return orders.find(c, orderId).orElseThrow(() -> new RefusedArgumentException(RefusalCode.ORDER_UNKNOWN,
                "no order " + orderId + " on this terminal: it may have been archived"));
    }

    public void insert(Connection c, Order order, LocalDate businessDate, String event) throws SQLException {
        orders.insert(c, order, businessDate);
        purchases.record(c, order);
        append(c, order, event);
    }

    public void update(Connection c, Order order, String event) throws SQLException {
        orders.update(c, order);
        purchases.record(c, order);
        append(c, order, event);
    }

    private void append(Connection c, Order order, String event) throws SQLException {
        String payload = OrderPayload.build(order, event, ledger.pointsOf(c, order.id()));
        outbox.append(c, OutboxMessage.of(ENTITY, order.id(), event, payload));
    }
}
