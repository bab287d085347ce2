package com.palmpos.cloud.internal;

import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CustomerProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customer rows, their palm templates and loyalty balances. Every change takes a new change number (the feed). */
public final class Customers {
    private Customers() {
    }

    /** A new customer, its name, e-mail, phone and card token sealed with the chain's data key. */
    public static void insert(Connection tx, Sealer sealer, String chainId, String storeId, String customerId, String name,
                              String email, String phone, String loyaltyNumber, String cardToken, String consentJson,
                              Instant now) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO customer (customer_id, display_name, email,"
                + " phone, loyalty_number, card_token, consent_json, change_seq, updated_at, chain_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, " + nextChangeSeq(tx) + ", ?, ?)")) {
            insert.setString(1, customerId);
            insert.setString(2, sealer.seal(chainId, name));
            insert.setString(3, sealer.seal(chainId, email));
            insert.setString(4, sealer.seal(chainId, phone));
            insert.setString(5, loyaltyNumber);
            insert.setString(6, sealer.seal(chainId, cardToken));
            insert.setString(7, consentJson);
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setString(9, chainId);
            insert.executeUpdate();
        }
        linkStore(tx, customerId, storeId);
    }

    /** Lets {@code storeId} see the customer (enrolled or recognised there); no-op if it already does. */
    public static void linkStore(Connection tx, String customerId, String storeId) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO customer_store (customer_id, store_id)"
                + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM customer_store WHERE customer_id = ? AND store_id = ?)")) {
            insert.setString(1, customerId);
            insert.setString(2, storeId);
            insert.setString(3, customerId);
            insert.setString(4, storeId);
            insert.executeUpdate();
        }
    }

    /**
     * Whether the caller's store may see and change the customer: same chain, enrolled or recognised at the store,
     * not erased. Anything else reads as "not found", so another tenant's customers cannot even be probed.
     */
    public static boolean visibleTo(Connection tx, String customerId, Caller caller) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM customer c JOIN customer_store s"
                + " ON s.customer_id = c.customer_id WHERE c.customer_id = ? AND c.chain_id = ? AND s.store_id = ?"
                + " AND NOT c.deleted")) {
            select.setString(1, customerId);
            select.setString(2, caller.chainId());
            select.setString(3, caller.storeId());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Marks the customer changed so terminals pull it again; 404 if unknown or deleted. */
    public static void touch(Connection tx, String customerId, Instant now) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("UPDATE customer SET change_seq = " + nextChangeSeq(tx)
                + ", updated_at = ? WHERE customer_id = ? AND NOT deleted")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, customerId);
            if (update.executeUpdate() == 0) {
                throw ApiError.notFound("customer " + customerId);
            }
        }
    }

    /** Adds palm templates to a customer, sealed with the data key of the customer's chain. */
    public static void addTemplates(Connection tx, Sealer sealer, String customerId, List<byte[]> templates)
            throws SQLException {
        String chainId;
        try (PreparedStatement select = tx.prepareStatement("SELECT chain_id FROM customer WHERE customer_id = ?")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ApiError.notFound("customer " + customerId);
                }
                chainId = rs.getString(1);
            }
        }
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO palm_template (customer_id, template, sealed) VALUES (?, ?, TRUE)")) {
            for (byte[] template : templates) {
                insert.setString(1, customerId);
                insert.setBytes(2, sealer.sealBytes(chainId, template));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void deleteTemplates(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement delete = tx.prepareStatement("DELETE FROM palm_template WHERE customer_id = ?")) {
            delete.setString(1, customerId);
            delete.executeUpdate();
        }
    }

    /** The palm gallery of one chain, opened (a chain never identifies another chain's customers). */
    public static Map<String, List<byte[]>> gallery(Connection tx, Sealer sealer, String chainId) throws SQLException {
        Map<String, List<byte[]>> gallery = new LinkedHashMap<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT t.customer_id, t.template FROM palm_template t"
                + " JOIN customer c ON c.customer_id = t.customer_id WHERE NOT c.deleted AND c.chain_id = ? ORDER BY t.id")) {
            select.setString(1, chainId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    gallery.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(sealer.openBytes(chainId, rs.getBytes(2)));
                }
            }
        }
        return gallery;
    }

    public static long loyaltyPoints(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT COALESCE(SUM(points), 0) FROM loyalty_entry WHERE customer_id = ?")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Profiles changed after {@code afterSeq}, oldest change first, each with its change number. */
    public static List<Map.Entry<Long, CustomerProfile>> changes(Connection tx, Sealer sealer, Caller caller,
                                                               long afterSeq, int limit) throws SQLException {
        String chainId = caller.chainId();
        List<Map.Entry<Long, CustomerProfile>> changes = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT c.customer_id, c.display_name, c.email, c.phone,"
                + " c.loyalty_number, c.consent_json, c.deleted, c.change_seq, c.updated_at, c.card_token"
                + " FROM customer c JOIN customer_store s ON s.customer_id = c.customer_id AND s.store_id = ?"
                + " WHERE c.change_seq > ? AND c.chain_id = ?"
                + " ORDER BY c.change_seq FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, caller.storeId());
            select.setLong(2, afterSeq);
            select.setString(3, caller.chainId());
            select.setInt(4, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    boolean deleted = rs.getBoolean(7);
                    Instant updated = rs.getTimestamp(9).toInstant();
                    String cardToken = sealer.open(chainId, rs.getString(10));
                    CardToken card = cardToken == null ? null : new CardToken(cardToken, null, null, 0, 0);
                    CustomerProfile profile = deleted
                            ? new CustomerProfile(id, null, null, null, null, 0, false, List.of(), true, updated)
                            : new CustomerProfile(id, sealer.open(chainId, rs.getString(2)),
                                    sealer.open(chainId, rs.getString(3)), sealer.open(chainId, rs.getString(4)),
                                    rs.getString(5), 0, rs.getString(6) != null, List.of(), false, updated, card);
                    changes.add(Map.entry(rs.getLong(8), profile));
                }
            }
        }
        List<Map.Entry<Long, CustomerProfile>> complete = new ArrayList<>(changes.size());
        for (Map.Entry<Long, CustomerProfile> change : changes) {
            CustomerProfile p = change.getValue();
            complete.add(p.deleted() ? change : Map.entry(change.getKey(), new CustomerProfile(p.customerId(),
                    p.displayName(), p.email(), p.phone(), p.loyaltyNumber(), loyaltyPoints(tx, p.customerId()),
                    p.biometricConsent(), templates(tx, sealer, chainId, p.customerId()), false, p.updatedAt(),
                    p.card() == null ? null : card(tx, p.card().token()))));
        }
        return complete;
    }

    /** The card of {@code token} (brand, last 4, expiry), or null if the processor does not know it. */
    private static CardToken card(Connection tx, String token) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT brand, last4, exp_month, exp_year FROM card WHERE token = ?")) {
            select.setString(1, token);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new CardToken(token, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))
                        : null;
            }
        }
    }

    private static List<byte[]> templates(Connection tx, Sealer sealer, String chainId, String customerId)
            throws SQLException {
        List<byte[]> templates = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT template FROM palm_template WHERE customer_id = ? ORDER BY id")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    templates.add(sealer.openBytes(chainId, rs.getBytes(1)));
                }
            }
        }
        return templates;
    }

    /** Whether a live customer exists. */
    public static boolean exists(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT 1 FROM customer WHERE customer_id = ? AND NOT deleted")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Erases personal data, keeping an anonymous tombstone so terminals learn of the erasure. */
    public static void erase(Connection tx, String customerId, Instant now) throws SQLException {
        deleteTemplates(tx, customerId);
        try (PreparedStatement update = tx.prepareStatement("UPDATE customer SET display_name = NULL, email = NULL,"
                + " phone = NULL, loyalty_number = NULL, card_token = NULL, consent_json = NULL, deleted = TRUE,"
                + " change_seq = " + nextChangeSeq(tx) + ", updated_at = ? WHERE customer_id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, customerId);
            update.executeUpdate();
        }
    }

    /** The next customer change number, in the dialect of {@code tx}'s database (H2 or PostgreSQL). */
    static String nextChangeSeq(Connection tx) throws SQLException {
        return "PostgreSQL".equals(tx.getMetaData().getDatabaseProductName())
                ? CloudDatabase.Dialect.POSTGRESQL.nextChangeSeq() : CloudDatabase.Dialect.H2.nextChangeSeq();
    }
}
