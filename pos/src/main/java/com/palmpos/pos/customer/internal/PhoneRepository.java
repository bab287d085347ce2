package com.palmpos.pos.customer.internal;

import com.palmpos.pos.crypto.CustomerKeys;
import com.palmpos.pos.customer.PhoneTail;
import com.palmpos.pos.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JDBC access to customers' phone numbers (table {@code customer_phones}): digits sealed with the customer's personal
 * key, found by a 16-bit keyed bucket of their {@link PhoneTail}. Works in the caller's transaction; the numbers are
 * never logged. Stateless apart from the keys.
 */
public final class PhoneRepository {
    private final CustomerKeys keys;

    public PhoneRepository(CustomerKeys keys) {
        this.keys = keys;
    }

    /** Stores the digits of {@code phone} (the last 20), or deletes the number when it has none. */
    public int save(Connection c, String customerId, String phone) throws SQLException {
        String all = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (all.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM customer_phones WHERE customer_id = ?")) {
                Jdbc.bind(s, customerId);
                return s.executeUpdate();
            }
        }
        String digits = all.length() > 20 ? all.substring(all.length() - 20) : all;
        try (PreparedStatement s = c.prepareStatement("MERGE INTO customer_phones (customer_id, phone_digits,"
                + " phone_bucket) KEY (customer_id) VALUES (?, ?, ?)")) {
            Jdbc.bind(s, customerId, keys.sealText(customerId, CustomerKeys.Purpose.PERSONAL, digits),
                    PhoneTail.of(digits).map(keys::bucket).orElse(null));
            return s.executeUpdate();
        }
    }

    /** The customer's phone digits, opened; empty if none is on file. */
    public Optional<String> digits(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT phone_digits FROM customer_phones WHERE customer_id = ?")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(keys.openText(customerId, CustomerKeys.Purpose.PERSONAL, rs.getString(1)))
                        : Optional.empty();
            }
        }
    }

    /** Every phone on file, opened, by customer id: one query. */
    public Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, phone_digits FROM customer_phones");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), keys.openText(rs.getString(1), CustomerKeys.Purpose.PERSONAL, rs.getString(2)));
            }
        }
        return out;
    }

    /** Customers whose number is still stored in the clear (written before sealing). */
    public List<String> unsealed(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT customer_id, phone_digits FROM customer_phones");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!CustomerKeys.isSealedText(rs.getString(2))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Locks the customer's phone row until the caller's transaction ends and says whether it is still in the clear. */
    public boolean unsealedForUpdate(Connection c, String customerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT phone_digits FROM customer_phones WHERE customer_id = ? FOR UPDATE")) {
            Jdbc.bind(s, customerId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && !CustomerKeys.isSealedText(rs.getString(1));
            }
        }
    }

    /**
     * Loyalty members whose number has the comparison key {@code tail}, by customer id: the bucket narrows the search
     * to about 1 in 65,536 numbers, the opened digits decide.
     */
    public List<String> membersWithTail(Connection c, String tail) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.customer_id FROM customer_phones p"
                + " JOIN customers c ON c.customer_id = p.customer_id"
                + " WHERE p.phone_bucket = ? AND c.loyalty_id IS NOT NULL ORDER BY p.customer_id")) {
            Jdbc.bind(s, keys.bucket(tail));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : candidates) {
            if (digits(c, id).flatMap(PhoneTail::of).filter(tail::equals).isPresent()) {
                out.add(id);
            }
        }
        return out;
    }
}
