package com.palmpos.pos.loyalty.internal;

import com.palmpos.pos.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The loyalty ledger; every method works in the caller's transaction. Stateless. */
public final class LedgerRepository {
    public static final String EARN = "EARN";
    public static final String REDEEM = "REDEEM";
    public static final String REVERSE = "REVERSE";

    /** Points an order earned (net of refund reversals) and redeemed, both as positive numbers. */
    public record OrderPoints(long earned, long redeemed) {
    }

    /** Inserts the entry unless one with the same (order, kind, ref) exists; returns whether it was inserted. */
    public boolean recordOnce(Connection c, String customerId, String orderId, String kind, String ref, long points,
                              Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO loyalty_ledger (customer_id, order_id, kind, ref,"
                + " points, recorded_at) SELECT ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM"
                + " loyalty_ledger WHERE order_id = ? AND kind = ? AND ref = ?)")) {
            Jdbc.bind(s, customerId, orderId, kind, ref, points, at, orderId, kind, ref);
            return s.executeUpdate() == 1;
        }
    }

    public OrderPoints pointsOf(Connection c, String orderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(CASE WHEN kind <> 'REDEEM' THEN points END), 0),"
                + " COALESCE(-SUM(CASE WHEN kind = 'REDEEM' THEN points END), 0) FROM loyalty_ledger WHERE order_id = ?")) {
            Jdbc.bind(s, orderId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new OrderPoints(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Net points of a customer's entries recorded after {@code after} (all entries when null). */
    public long sumAfter(Connection c, String customerId, Instant after) throws SQLException {
        String sql = "SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE customer_id = ?"
                + (after == null ? "" : " AND recorded_at > ?");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (after == null) {
                Jdbc.bind(s, customerId);
            } else {
                Jdbc.bind(s, customerId, after);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sum of points redeemed by orders paid in {@code [from, to)}, and how many redemptions. */
    public long[] redemptionsBetween(Connection c, Instant from, Instant to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(-SUM(points), 0) FROM loyalty_ledger"
                + " WHERE kind = 'REDEEM' AND recorded_at >= ? AND recorded_at < ?")) {
            Jdbc.bind(s, from, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Points the order's EARN entry granted (0 if none). */
    public long earnedOnly(Connection c, String orderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(SUM(points), 0) FROM loyalty_ledger WHERE order_id = ? AND kind = 'EARN'")) {
            Jdbc.bind(s, orderId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
