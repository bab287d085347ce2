package com.palmpos.cloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.cloud.TestCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Seeds an empty emulator store with the demo store, its menu, activation code and customers (once). */
public final class Seeder {
    static final String SEED = "/com/palmpos/cloud/seed.json";
    /** The chain the demo store belongs to (created by migration V4). */
    static final String DEMO_CHAIN = "demo-chain";

    private Seeder() {
    }

    /** The demo store's settings and menu, as JSON: the starting documents of a store a chain admin opens. */
    public static String[] storeTemplate(ObjectMapper json) {
        JsonNode seed = read(json);
        return new String[] {seed.path("store").toString(), seed.path("menu").toString()};
    }

    public static void seedIfEmpty(CloudDatabase db, Sealer sealer, ObjectMapper json, Instant now) {
        JsonNode seed = read(json);
        db.inTransaction(tx -> {
            try (PreparedStatement count = tx.prepareStatement("SELECT COUNT(*) FROM store");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return null;
                }
            }
            String storeId = seed.path("store").path("storeId").asText();
            try (PreparedStatement store = tx.prepareStatement(
                    "INSERT INTO store (store_id, settings_json, menu_json) VALUES (?, ?, ?)")) {
                store.setString(1, storeId);
                store.setString(2, seed.path("store").toString());
                store.setString(3, seed.path("menu").toString());
                store.executeUpdate();
            }
            try (PreparedStatement code = tx.prepareStatement("INSERT INTO activation_code (code, store_id) VALUES (?, ?)")) {
                for (JsonNode value : seed.path("activationCodes")) {
                    code.setString(1, value.asText());
                    code.setString(2, storeId);
                    code.executeUpdate();
                }
            }
            for (JsonNode c : seed.path("customers")) {
                String cardToken = c.has("card") ? insertCard(tx, c.path("card")) : null;
                Customers.insert(tx, sealer, DEMO_CHAIN, storeId, c.path("customerId").asText(), text(c, "displayName"), text(c, "email"),
                        text(c, "phone"), text(c, "loyaltyNumber"), cardToken, demoConsent(now), now);
            }
            return null;
        });
    }

    /** A demo customer's linked card: a test card that approves (see {@link TestCard#APPROVES}). */
    private static String insertCard(Connection tx, JsonNode card) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO card (token, brand, last4, exp_month, exp_year,"
                + " behaviour) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, card.path("token").asText());
            insert.setString(2, card.path("brand").asText());
            insert.setString(3, card.path("last4").asText());
            insert.setInt(4, card.path("expMonth").asInt());
            insert.setInt(5, card.path("expYear").asInt());
            insert.setString(6, TestCard.APPROVES.name());
            insert.executeUpdate();
        }
        return card.path("token").asText();
    }

    // the demo customers agreed to palm enrollment, so the app may seed templates for them
    private static String demoConsent(Instant now) {
        return "{\"policyVersion\":\"demo-1\",\"grantedAt\":\"" + now + "\",\"channel\":\"counter\"}";
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static JsonNode read(ObjectMapper json) {
        try (InputStream in = Seeder.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("emulator seed " + SEED + " is missing from the classpath: rebuild the sync module");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("emulator seed " + SEED + " is not valid JSON", e);
        }
    }
}
