package com.palmpos.pos.order;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * How loyalty points enter an order: the {@link OrderLedger} tells the loyalty ledger when an order becomes paid or is
 * refunded, and asks it for the points to put in the order's upload, all in the order's own transaction. The order
 * package knows only this narrow port; the loyalty package implements it (so loyalty depends on order, never the
 * reverse). Implementations must be idempotent per (order, event): a retried change posts nothing twice.
 */
public interface LoyaltyPort {
    /** Points an order earned (net of refund reversals) and redeemed, both as positive numbers. */
    record Points(long earned, long redeemed) {
        public static final Points NONE = new Points(0, 0);
    }

    /** No loyalty at all: nothing is posted, every order shows zero points. */
    LoyaltyPort NONE = new LoyaltyPort() {
        @Override
        public Points pointsOf(Connection c, String orderId) {
            return Points.NONE;
        }

        @Override
        public void onPaid(Connection c, Order paid, Instant at) {
        }

        @Override
        public void onRefund(Connection c, Order refunded, Refund refund, Instant at) {
        }
    };

    /** The points recorded for {@code orderId} so far, for its upload. */
    Points pointsOf(Connection c, String orderId) throws SQLException;

    /** {@code paid} has just become paid: record the points it earns and the rewards it redeemed. */
    void onPaid(Connection c, Order paid, Instant at) throws SQLException;

    /** {@code refund} was just added to {@code refunded}: take back the points earned on the refunded money. */
    void onRefund(Connection c, Order refunded, Refund refund, Instant at) throws SQLException;
}
