package com.palmpos.pos.order;

import com.palmpos.pos.order.internal.OrderRepository;
import com.palmpos.pos.order.internal.PurchaseIndex;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only questions other packages ask of the stored orders (reports, shifts, customer history), in the caller's
 * transaction. Writing goes through {@link OrderLedger} only. Stateless; thread-safe.
 */
public final class OrderQueries {
    private final OrderRepository orders = new OrderRepository();
    private final PurchaseIndex purchases = new PurchaseIndex();

    /** Orders of a business day, oldest first. */
    public List<Order> byBusinessDate(Connection c, LocalDate day) throws SQLException {
        return orders.byBusinessDate(c, day);
    }

    /** Orders last changed in {@code [from, to)}: how refunds and cash movements of a period are found. */
    public List<Order> updatedBetween(Connection c, Instant from, Instant to) throws SQLException {
        return orders.updatedBetween(c, from, to);
    }

    /** Net cash taken at a terminal in {@code [from, to)}: cash tenders counted, in minor units. */
    public long cashTaken(Connection c, String terminalId, Instant from, Instant to) throws SQLException {
        return orders.cashTaken(c, terminalId, from, to);
    }

    /** A customer's most recent orders, newest first. */
    public List<Order> byCustomer(Connection c, String customerId, int limit) throws SQLException {
        return orders.byCustomer(c, customerId, limit);
    }

    /** The customer's {@code limit} most recent paid orders, newest first. One indexed range scan. */
    public List<Purchase> recentPurchases(Connection c, String customerId, int limit) throws SQLException {
        return purchases.recent(c, customerId, limit);
    }
}
