package com.palmpos.cloud.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.palmpos.sync.api.OrderBatch;
import com.palmpos.sync.api.OrderBatchResult;
import com.palmpos.sync.api.OrderPage;
import com.palmpos.sync.api.OrderResult;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.Problem;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Order upload with exactly-once storage by order id, loyalty points credited once per order, and the
 * reconciliation listing. An order id seen before with an identical body is a {@code DUPLICATE} (acknowledged,
 * nothing changes). With another body: a higher {@code revision} replaces it ({@code ACCEPTED}), a lower one is a
 * {@code DUPLICATE} (the newer is kept), and without revisions (or the same one) it is {@code REJECTED}.
 */
public final class OrderApi {

    public List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/orders/batches", true, this::upload),
                Route.of("GET", "/v1/stores/{store}/orders", true, this::list));
    }

    private Reply upload(Call call, Connection tx) throws SQLException {
        OrderBatch batch = call.body(OrderBatch.class);
        if (batch.orders().isEmpty() || batch.orders().size() > OrderBatch.MAX_ORDERS) {
            throw ApiError.badRequest("a batch holds 1.." + OrderBatch.MAX_ORDERS + " orders, got " + batch.orders().size());
        }
        // one lookup, one batched write per table and one touch per customer, whatever the batch size
        Map<String, Stored> known = stored(tx, batch.orders());
        List<OrderResult> results = new ArrayList<>(batch.orders().size());
        List<Fresh> fresh = new ArrayList<>();
        List<Fresh> newer = new ArrayList<>();
        for (OrderUpload order : batch.orders()) {
            String problem = OrderRules.violation(order, call.caller());
            if (problem != null) {
                results.add(rejected(order.orderId(), "invalid-order", problem));
                continue;
            }
            if (order.customerId() != null && Customers.exists(tx, order.customerId())
                    && !Customers.visibleTo(tx, order.customerId(), call.caller())) {
                results.add(rejected(order.orderId(), "unknown-customer", "customer " + order.customerId()
                        + " is not known at this store: identify or enroll the customer here first"));
                continue;
            }
            Stored taken = known.get(order.orderId());
            if (taken != null && !taken.storeId().equals(call.caller().storeId())) {
                results.add(rejected(order.orderId(), "order-conflict", "order id " + order.orderId()
                        + " is taken: order ids must be unique (a UUID is usual)"));
                continue;
            }
            String payload = write(call, order);
            Fresh candidate = new Fresh(order, payload, IdempotencyLedger.sha256Hex(payload));
            Stored stored = known.get(order.orderId());
            String outcome = outcome(stored, candidate);
            if (outcome == null) {
                results.add(rejected(order.orderId(), "order-conflict", "order " + order.orderId()
                        + " was already uploaded with other contents and no higher revision; a sent order changes only"
                        + " through a higher revision: record a refund or a new order instead"));
                continue;
            }
            if (OrderResult.ACCEPTED.equals(outcome)) {
                (stored == null ? fresh : newer).add(candidate);
                known.put(order.orderId(), new Stored(candidate.hash(), order.revision(), call.caller().storeId()));
            }
            results.add(new OrderResult(order.orderId(), outcome, null));
        }
        Set<String> customers = new LinkedHashSet<>();
        insert(call, tx, fresh, customers);
        update(tx, newer, customers);
        for (String customer : customers) {
            if (Customers.exists(tx, customer)) {
                Customers.touch(tx, customer, call.now()); // balances changed: terminals pull the profile again
            }
        }
        return Reply.ok(new OrderBatchResult(results));
    }

    /** ACCEPTED (store it), DUPLICATE (nothing to do) or {@code null} for a conflict. */
    private static String outcome(Stored stored, Fresh candidate) {
        if (stored == null) {
            return OrderResult.ACCEPTED;
        }
        if (stored.hash().equals(candidate.hash())) {
            return OrderResult.DUPLICATE;
        }
        Long revision = candidate.order().revision();
        if (revision == null || stored.revision() == null || revision.equals(stored.revision())) {
            return null;
        }
        // an older snapshot arriving late (e.g. a retried batch) is acknowledged: the cloud already holds a newer one
        return revision > stored.revision() ? OrderResult.ACCEPTED : OrderResult.DUPLICATE;
    }

    private record Stored(String hash, Long revision, String storeId) {
    }

    private static Map<String, Stored> stored(Connection tx, List<OrderUpload> orders) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT order_id, payload_sha256, revision, store_id FROM orders WHERE order_id = ANY(?)")) {
            select.setArray(1, tx.createArrayOf("VARCHAR", orders.stream().map(OrderUpload::orderId).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)));
                }
            }
        }
        return stored;
    }

    private record Fresh(OrderUpload order, String payload, String hash) {
    }

    private static void insert(Call call, Connection tx, List<Fresh> orders, Set<String> customers) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO orders (order_id, store_id, terminal_id, payload,"
                + " payload_sha256, total_minor, currency, customer_id, received_at, revision)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement points = tx.prepareStatement(
                     "INSERT INTO loyalty_entry (order_id, kind, customer_id, points) VALUES (?, ?, ?, ?)")) {
            for (Fresh fresh : orders) {
                OrderUpload order = fresh.order();
                insert.setString(1, order.orderId());
                insert.setString(2, order.storeId());
                insert.setString(3, order.terminalId());
                insert.setString(4, fresh.payload());
                insert.setString(5, fresh.hash());
                insert.setLong(6, order.totalMinor());
                insert.setString(7, order.currency());
                insert.setString(8, order.customerId());
                insert.setTimestamp(9, Timestamp.from(call.now()));
                insert.setObject(10, order.revision());
                insert.addBatch();
                addOrderPoints(points, order, customers);
            }
            insert.executeBatch();
            points.executeBatch();
        }
    }

    /**
     * Replaces stored orders by a higher revision. The order's points are replaced, not added: the (order_id, kind)
     * key keeps them counted once, now at the values of the newest revision (e.g. less after a refund).
     */
    private static void update(Connection tx, List<Fresh> orders, Set<String> customers) throws SQLException {
        if (orders.isEmpty()) {
            return;
        }
        try (PreparedStatement update = tx.prepareStatement("UPDATE orders SET payload = ?, payload_sha256 = ?,"
                + " total_minor = ?, customer_id = ?, revision = ? WHERE order_id = ?");
             PreparedStatement forget = tx.prepareStatement("DELETE FROM loyalty_entry WHERE order_id = ?");
             PreparedStatement points = tx.prepareStatement(
                     "INSERT INTO loyalty_entry (order_id, kind, customer_id, points) VALUES (?, ?, ?, ?)")) {
            for (Fresh fresh : orders) {
                OrderUpload order = fresh.order();
                update.setString(1, fresh.payload());
                update.setString(2, fresh.hash());
                update.setLong(3, order.totalMinor());
                update.setString(4, order.customerId());
                update.setObject(5, order.revision());
                update.setString(6, order.orderId());
                update.executeUpdate();
                forget.setString(1, order.orderId());
                forget.executeUpdate();
                addOrderPoints(points, order, customers);
                points.executeBatch();
            }
        }
    }

    private static void addOrderPoints(PreparedStatement points, OrderUpload order, Set<String> customers)
            throws SQLException {
        if (order.customerId() == null) {
            return;
        }
        customers.add(order.customerId());
        // the (order_id, kind) key is what makes points count once, whatever the upload path
        addPoints(points, order, "EARN", order.loyaltyPointsEarned());
        addPoints(points, order, "REDEEM", -order.loyaltyPointsRedeemed());
    }

    private static void addPoints(PreparedStatement points, OrderUpload order, String kind, long value) throws SQLException {
        if (value == 0) {
            return;
        }
        points.setString(1, order.orderId());
        points.setString(2, kind);
        points.setString(3, order.customerId());
        points.setLong(4, value);
        points.addBatch();
    }

    private Reply list(Call call, Connection tx) throws SQLException {
        String storeId = call.path().get("store");
        call.caller().requireStore(storeId);
        long after = call.cursor("o");
        int limit = call.intQuery("limit", 200, 1, 1000);
        List<OrderUpload> orders = new ArrayList<>();
        long last = after;
        boolean more = false;
        try (PreparedStatement select = tx.prepareStatement("SELECT seq, payload FROM orders WHERE store_id = ? AND seq > ?"
                + " ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, storeId);
            select.setLong(2, after);
            select.setInt(3, limit + 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (orders.size() == limit) {
                        more = true;
                        break;
                    }
                    last = rs.getLong(1);
                    orders.add(read(call, rs.getString(2)));
                }
            }
        }
        return Reply.ok(new OrderPage(orders, "o" + last, more));
    }

    private static OrderResult rejected(String orderId, String code, String detail) {
        return new OrderResult(orderId, OrderResult.REJECTED,
                Problem.of(422, code, "The order cannot be accepted", detail, "/v1/orders/batches"));
    }

    private static String write(Call call, OrderUpload order) {
        try {
            return call.json().writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write order " + order.orderId(), e);
        }
    }

    private static OrderUpload read(Call call, String payload) {
        try {
            return call.json().readValue(payload, OrderUpload.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored order is not readable", e);
        }
    }
}
