package com.palmpos.cloud.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.cloud.internal.CustomerApi;
import com.palmpos.cloud.internal.Customers;
import com.palmpos.cloud.internal.PrivacyApi;
import com.palmpos.cloud.internal.Sealer;
import com.palmpos.sync.api.PreEnrollment;
import com.palmpos.sync.api.PrivacyRequestResult;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The customer pages' reads and writes, each inside the caller's transaction. Stateless. */
final class WebStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebStore() {
    }

    static List<StoreOption> stores(Connection tx, String chainId) throws SQLException {
        List<StoreOption> stores = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT store_id, settings_json FROM store WHERE chain_id = ? ORDER BY store_id")) {
            select.setString(1, chainId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stores.add(new StoreOption(rs.getString(1), storeName(rs.getString(1), rs.getString(2))));
                }
            }
        }
        return stores;
    }

    private static String storeName(String id, String settingsJson) {
        try {
            return JSON.readTree(settingsJson).path("name").asText(id);
        } catch (IOException e) {
            return id;
        }
    }

    /** A new online pre-enrollment with the store chosen, the processor's card token (or none) and the loyalty choice. */
    static PreEnrollment preEnroll(Connection tx, Sealer sealer, String chainId, SignUpForm form, String cardToken,
                                   String consentJson, Instant now) throws SQLException {
        PreEnrollment created = CustomerApi.insertPreEnrollment(tx, sealer, chainId, form.name(),
                blankToNull(form.email()), blankToNull(form.phone()), consentJson, now);
        try (PreparedStatement update = tx.prepareStatement(
                "UPDATE pre_enrollment SET card_token = ?, store_id = ?, loyalty = ? WHERE code = ?")) {
            update.setString(1, sealer.seal(chainId, cardToken));
            update.setString(2, form.store());
            update.setBoolean(3, form.loyalty());
            update.setString(4, created.code());
            update.executeUpdate();
        }
        return created;
    }

    /**
     * Whether {@code token} is a card of the chain that no pre-enrollment or customer uses yet. The tokens those rows
     * hold are sealed (a fresh nonce each time), so they are opened and compared here, chain by chain: linear in the
     * chain's cards, fine for the demo; a keyed hash column would make it an index look-up.
     */
    static boolean freshCard(Connection tx, Sealer sealer, String chainId, String token) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM card WHERE token = ? AND chain_id = ?")) {
            select.setString(1, token);
            select.setString(2, chainId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        for (String table : List.of("pre_enrollment", "customer")) {
            try (PreparedStatement select = tx.prepareStatement("SELECT card_token FROM " + table
                    + " WHERE chain_id = ? AND card_token IS NOT NULL")) {
                select.setString(1, chainId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (token.equals(sealer.open(chainId, rs.getString(1)))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * The live customer of the chain with this e-mail (case ignored) or phone (the last 9 significant digits, as the
     * counter compares them); empty when none or when several share the phone (nobody is guessed).
     */
    static Optional<String> findByContact(Connection tx, Sealer sealer, String chainId, String contact)
            throws SQLException {
        boolean email = contact.contains("@");
        String wanted = email ? contact.strip().toLowerCase(Locale.ROOT) : SignUpForm.phoneTail(contact);
        String column = email ? "email" : "phone";
        List<String> found = new ArrayList<>();
        // e-mails and phones are sealed at rest (a fresh nonce each time): opened and compared here, chain by chain;
        // linear in the chain's customers, fine for the demo; a keyed hash column would make it an index look-up
        try (PreparedStatement select = tx.prepareStatement("SELECT customer_id, " + column + " FROM customer"
                + " WHERE chain_id = ? AND NOT deleted AND " + column + " IS NOT NULL")) {
            select.setString(1, chainId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String stored = sealer.open(chainId, rs.getString(2));
                    String key = email ? stored.strip().toLowerCase(Locale.ROOT) : SignUpForm.phoneTail(stored);
                    if (wanted.equals(key)) {
                        found.add(rs.getString(1));
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Everything kept about the customer of the chain, with the progress of each erasure. */
    static Optional<MyData> myData(Connection tx, Sealer sealer, String chainId, String customerId)
            throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT c.display_name, c.email, c.phone, c.loyalty_number,"
                + " c.consent_json, c.deleted, c.card_token FROM customer c"
                + " WHERE c.customer_id = ? AND c.chain_id = ?")) {
            select.setString(1, customerId);
            select.setString(2, chainId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean deleted = rs.getBoolean(6);
                MyData.Card card = card(tx, sealer.open(chainId, rs.getString(7)));
                return Optional.of(new MyData(customerId, deleted, sealer.open(chainId, rs.getString(1)),
                        sealer.open(chainId, rs.getString(2)), sealer.open(chainId, rs.getString(3)),
                        rs.getString(4), deleted ? 0 : Customers.loyaltyPoints(tx, customerId), consent(rs.getString(5)),
                        visitedStores(tx, customerId), card, templateCount(tx, customerId), erasures(tx, customerId)));
            }
        }
    }

    private static MyData.Card card(Connection tx, String token) throws SQLException {
        if (token == null) {
            return null;
        }
        try (PreparedStatement select = tx.prepareStatement("SELECT brand, last4 FROM card WHERE token = ?")) {
            select.setString(1, token);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new MyData.Card(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    private static MyData.Consent consent(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return new MyData.Consent(node.path("policyVersion").asText(), Instant.parse(node.path("grantedAt").asText()),
                    node.path("channel").asText());
        } catch (IOException | RuntimeException e) {
            return new MyData.Consent("?", null, "?");
        }
    }

    private static List<StoreOption> visitedStores(Connection tx, String customerId) throws SQLException {
        List<StoreOption> stores = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT s.store_id, s.settings_json FROM customer_store cs"
                + " JOIN store s ON s.store_id = cs.store_id WHERE cs.customer_id = ? ORDER BY s.store_id")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stores.add(new StoreOption(rs.getString(1), storeName(rs.getString(1), rs.getString(2))));
                }
            }
        }
        return stores;
    }

    private static int templateCount(Connection tx, String customerId) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT COUNT(*) FROM palm_template WHERE customer_id = ?")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<MyData.Erasure> erasures(Connection tx, String customerId) throws SQLException {
        int terminals = 0;
        List<Long> confirmed = new ArrayList<>();
        // the terminals of every store that held the customer, with what each has confirmed of the customer feed
        try (PreparedStatement select = tx.prepareStatement("SELECT p.confirmed_seq FROM terminal t"
                + " JOIN customer_store cs ON cs.store_id = t.store_id"
                + " LEFT JOIN terminal_pull p ON p.terminal_id = t.terminal_id WHERE cs.customer_id = ?")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    terminals++;
                    long seq = rs.getLong(1);
                    confirmed.add(rs.wasNull() ? -1 : seq);
                }
            }
        }
        List<MyData.Erasure> erasures = new ArrayList<>();
        try (PreparedStatement select = tx.prepareStatement("SELECT scope, completed_at, change_seq FROM privacy_request"
                + " WHERE customer_id = ? ORDER BY completed_at DESC")) {
            select.setString(1, customerId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(3);
                    boolean known = !rs.wasNull();
                    int done = (int) confirmed.stream().filter(c -> known ? c >= seq : c >= 0).count();
                    erasures.add(new MyData.Erasure(rs.getString(1), rs.getTimestamp(2).toInstant(), done, terminals));
                }
            }
        }
        return erasures;
    }

    /** Erases through the same privacy-request path the terminals use, noting the change the terminals must pull. */
    static PrivacyRequestResult erase(Connection tx, String customerId, String scope, Instant now) throws SQLException {
        PrivacyRequestResult result = PrivacyApi.erase(tx, customerId, scope, now);
        try (PreparedStatement update = tx.prepareStatement("UPDATE privacy_request SET change_seq ="
                + " (SELECT change_seq FROM customer WHERE customer_id = ?) WHERE request_id = ?")) {
            update.setString(1, customerId);
            update.setString(2, result.requestId());
            update.executeUpdate();
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
