package com.palmpos.pos.order.internal;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.Purchase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code purchase_index} table: which items a customer bought in each paid order, kept in step with the order in
 * its own transaction. A voided order, or one whose customer is removed, leaves no rows. Stateless; thread-safe.
 */
public final class PurchaseIndex {
    /** Re-indexes {@code order} after a change. */
    public void record(Connection c, Order order) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM purchase_index WHERE order_id = ?")) {
            delete.setString(1, order.id());
            delete.executeUpdate();
        }
        boolean bought = order.status() == OrderStatus.PAID || order.status() == OrderStatus.COMPLETED;
        if (!bought || order.customerId() == null) {
            return;
        }
        Set<String> items = new LinkedHashSet<>();
        for (OrderLine line : order.lines()) {
            if (!line.combo()) {
                items.add(line.itemId());
            }
        }
        Instant at = order.paidAt() != null ? order.paidAt() : order.openedAt();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO purchase_index (order_id, customer_id, bought_at, item_id) VALUES (?, ?, ?, ?)")) {
            for (String item : items) {
                insert.setString(1, order.id());
                insert.setString(2, order.customerId());
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setString(4, item);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The customer's {@code limit} most recent paid orders, newest first. One indexed range scan. */
    public List<Purchase> recent(Connection c, String customerId, int limit) throws SQLException {
        List<Purchase> purchases = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT order_id, bought_at, item_id FROM purchase_index"
                + " WHERE customer_id = ? ORDER BY bought_at DESC, order_id")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                String currentId = null;
                Instant currentAt = null;
                List<String> currentItems = new ArrayList<>();
                while (rs.next()) {
                    String orderId = rs.getString(1);
                    if (!orderId.equals(currentId)) {
                        if (currentId != null) {
                            purchases.add(new Purchase(currentId, currentAt, List.copyOf(currentItems)));
                            if (purchases.size() == limit) {
                                return purchases;
                            }
                        }
                        currentId = orderId;
                        currentAt = rs.getTimestamp(2).toInstant();
                        currentItems.clear();
                    }
                    currentItems.add(rs.getString(3));
                }
                if (currentId != null) {
                    purchases.add(new Purchase(currentId, currentAt, List.copyOf(currentItems)));
                }
            }
        }
        return purchases;
    }
}
