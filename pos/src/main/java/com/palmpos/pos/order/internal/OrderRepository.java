package com.palmpos.pos.order.internal;

import com.palmpos.pos.order.OrderChangedElsewhereException;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.internal.Json;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;

/**
 * JDBC access to orders and their payment rows. Every method works in the caller's transaction. Stateless.
 */
public final class OrderRepository {
    private static final String SELECT = "SELECT document FROM orders ";

    public int nextNumber(Connection c, String terminalId, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM orders WHERE terminal_id = ? AND business_date = ?")) {
            Jdbc.bind(s, terminalId, Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public void insert(Connection c, Order order, LocalDate businessDate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO orders (id, number, store_id, terminal_id,"
                + " business_date, status, mode, customer_id, staff_id, currency, total_minor, payment_due, revision,"
                + " opened_at, updated_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(s, order.id(), order.number(), order.storeId(), order.terminalId(), Date.valueOf(businessDate),
                    order.status().name(), order.mode().name(), order.customerId(), order.staffId(),
                    order.currency().getCurrencyCode(), order.totals().total().minor(), order.paymentDue(),
                    order.revision(), order.openedAt(), order.updatedAt(), Json.write(order));
            s.executeUpdate();
        }
        syncPayments(c, order);
    }

    /**
     * Saves {@code order} over the stored revision {@code order.revision() - 1}.
     *
     * @throws ConcurrentModificationException if someone else saved the order in between
     */
    public void update(Connection c, Order order) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE orders SET status = ?, customer_id = ?, total_minor = ?,"
                + " payment_due = ?, revision = ?, updated_at = ?, document = ? WHERE id = ? AND revision = ?")) {
            Jdbc.bind(s, order.status().name(), order.customerId(), order.totals().total().minor(), order.paymentDue(),
                    order.revision(), order.updatedAt(), Json.write(order), order.id(), order.revision() - 1);
            if (s.executeUpdate() != 1) {
                throw new OrderChangedElsewhereException(order.number());
            }
        }
        syncPayments(c, order);
    }

    private void syncPayments(Connection c, Order order) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO payments (payment_id, order_id, terminal_id,"
                + " tender_type, status, amount_minor, tip_minor, currency, created_at) KEY (payment_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Tender t : order.tenders()) {
                Jdbc.bind(s, t.paymentId(), order.id(), order.terminalId(), t.type().name(), t.status().name(),
                        t.amount().minor(), t.tip().minor(), order.currency().getCurrencyCode(), t.at());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public Optional<Order> find(Connection c, String orderId) throws SQLException {
        List<Order> found = query(c, SELECT + "WHERE id = ?", orderId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<String> orderIdOfPayment(Connection c, String paymentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT order_id FROM payments WHERE payment_id = ?")) {
            Jdbc.bind(s, paymentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public List<Order> byBusinessDate(Connection c, LocalDate day) throws SQLException {
        return query(c, SELECT + "WHERE business_date = ? ORDER BY opened_at", Date.valueOf(day));
    }

    public List<Order> byStatus(Connection c, String status) throws SQLException {
        return query(c, SELECT + "WHERE status = ? ORDER BY opened_at", status);
    }

    public List<Order> paymentDue(Connection c) throws SQLException {
        return query(c, SELECT + "WHERE payment_due ORDER BY opened_at");
    }

    /** The newest {@code limit} orders of any state, newest first. */
    public List<Order> recent(Connection c, int limit) throws SQLException {
        return query(c, SELECT + "ORDER BY opened_at DESC FETCH FIRST ? ROWS ONLY", limit);
    }

    public List<Order> byCustomer(Connection c, String customerId, int limit) throws SQLException {
        return query(c, SELECT + "WHERE customer_id = ? ORDER BY opened_at DESC FETCH FIRST ? ROWS ONLY", customerId, limit);
    }

    /** Orders last changed in {@code [from, to)}: how refunds and cash movements of a period are found. */
    public List<Order> updatedBetween(Connection c, Instant from, Instant to) throws SQLException {
        return query(c, SELECT + "WHERE updated_at >= ? AND updated_at < ? ORDER BY opened_at", from, to);
    }

    /** Sum of gateway tenders still stored offline, in minor units of {@code currency}. */
    public long offlineOutstanding(Connection c, String currency) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(amount_minor + tip_minor), 0) FROM payments"
                + " WHERE status = ? AND currency = ?")) {
            Jdbc.bind(s, TenderStatus.OFFLINE_PENDING.name(), currency);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Net cash taken at a terminal in {@code [from, to)}: cash tenders counted, in minor units. */
    public long cashTaken(Connection c, String terminalId, Instant from, Instant to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(amount_minor + tip_minor), 0) FROM payments"
                + " WHERE terminal_id = ? AND tender_type = ? AND status <> ? AND created_at >= ? AND created_at < ?")) {
            Jdbc.bind(s, terminalId, TenderType.CASH.name(), TenderStatus.DECLINED.name(), from, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Order> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, args);
            List<Order> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(Json.read(rs.getString(1), Order.class));
                }
            }
            return out;
        }
    }
}
