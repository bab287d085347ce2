package com.palmpos.pos.customer;

import com.palmpos.pos.customer.internal.CustomerRepository;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.internal.OrderRepository;
import com.palmpos.pos.insight.PastOrder;
import com.palmpos.pos.order.internal.PurchaseIndex;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counter's cache of customer profiles (filled by the sync module) and of palm templates (opaque bytes, kept in
 * their own table so they can be deleted without touching the profile). Thread-safe; every call is one small
 * transaction: call it off the FX thread.
 */
public final class CustomerStore {
    private final Database database;
    private final Clock clock;
    private final PurchaseIndex purchases = new PurchaseIndex();
    private final CustomerRepository customers = new CustomerRepository();
    private final OrderRepository orders = new OrderRepository();

    public CustomerStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Inserts or replaces the profile if its {@code cloudVersion} is newer than the cached one.
     *
     * @return true if stored, false if the cache already had this or a newer version (idempotent)
     */
    public boolean upsert(CustomerProfile profile) {
        return database.inTransaction(c -> {
            Optional<Long> cached = customers.version(c, profile.customerId());
            if (cached.isPresent() && cached.get() >= profile.cloudVersion()) {
                return false;
            }
            customers.merge(c, profile, clock.instant());
            return true;
        });
    }

    public Optional<CustomerProfile> find(String customerId) {
        return database.inTransaction(c -> customers.find(c, "customer_id", customerId));
    }

    public Optional<CustomerProfile> findByLoyaltyId(String loyaltyId) {
        return database.inTransaction(c -> customers.find(c, "loyalty_id", loyaltyId));
    }

    /**
     * What the customer bought in their {@code limit} most recent paid orders at this terminal, newest first: item ids
     * only, read from the purchase index (no order documents), so 1,000 orders cost a few milliseconds.
     */
    public List<PastOrder> purchaseHistory(String customerId, int limit) {
        return database.inTransaction(c -> purchases.recent(c, customerId, limit)).stream()
                .map(p -> new PastOrder(p.at(), p.itemIds())).toList();
    }

    /** The customer's most recent orders at this terminal, newest first. */
    public List<Order> orderHistory(String customerId, int limit) {
        return database.inTransaction(c -> orders.byCustomer(c, customerId, limit));
    }

    /**
     * Forgets the customer: profile, palm template, the purchase index behind their recommendations and rejected
     * identifications. Their past orders keep the id for the books.
     */
    public void delete(String customerId) {
        database.inTransaction(c -> {
            for (String table : List.of("palm_templates", "purchase_index", "identification_rejections",
                    "customers")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE customer_id = ?")) {
                    Jdbc.bind(s, customerId);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Stores (or replaces) a palm template; the bytes are the scanner's format, opaque here. */
    public void savePalmTemplate(String customerId, byte[] template) {
        if (template == null || template.length == 0) {
            throw new IllegalArgumentException("palm template for " + customerId + " is empty: enroll again");
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "MERGE INTO palm_templates (customer_id, template, updated_at) KEY (customer_id) VALUES (?, ?, ?)")) {
                Jdbc.bind(s, customerId, template.clone(), clock.instant());
                return s.executeUpdate();
            }
        });
    }

    public Optional<byte[]> palmTemplate(String customerId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT template FROM palm_templates WHERE customer_id = ?")) {
                Jdbc.bind(s, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** Every stored template by customer id, to build the matcher's gallery at start-up. O(templates). */
    public Map<String, byte[]> allPalmTemplates() {
        return database.inTransaction(c -> {
            Map<String, byte[]> out = new LinkedHashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT customer_id, template FROM palm_templates")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getBytes(2));
                }
            }
            return out;
        });
    }

    /** Deletes only the palm template (the customer withdrew biometric consent); returns whether one existed. */
    public boolean deletePalmTemplate(String customerId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM palm_templates WHERE customer_id = ?")) {
                Jdbc.bind(s, customerId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records that the cashier rejected a palm identification of {@code customerId} as wrong (the matcher's false
     * accept, seen at the counter). One small insert.
     *
     * @param score the matcher's similarity of the rejected identification (0..1)
     * @param orderId the order the customer was detached from, or null when none was open
     */
    public void recordRejectedIdentification(String customerId, double score, String orderId, String staffId) {
        if (customerId == null || staffId == null) {
            throw new IllegalArgumentException("a rejected identification needs the customer and staff ids");
        }
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO identification_rejections"
                    + " (customer_id, score, order_id, staff_id, rejected_at) VALUES (?, ?, ?, ?, ?)")) {
                Jdbc.bind(s, customerId, score, orderId, staffId, clock.instant());
                return s.executeUpdate();
            }
        });
    }

    /** How many identifications of {@code customerId} were rejected (a re-enrollment hint for the manager). */
    public int rejectedIdentifications(String customerId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM identification_rejections WHERE customer_id = ?")) {
                Jdbc.bind(s, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
