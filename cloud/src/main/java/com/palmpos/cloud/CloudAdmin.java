package com.palmpos.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.cloud.internal.Ids;
import com.palmpos.cloud.internal.Sealer;
import com.palmpos.cloud.internal.Seeder;
import com.palmpos.cloud.internal.StrictInput;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.Menu;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A chain admin's operations on the cloud's database: chains, stores, one-time activation codes, terminals
 * (list, revoke) and menus. Works directly on the database (the admin's credential is the database's: the H2
 * directory, or the PostgreSQL user and password), so it works whether or not a cloud instance is running on
 * PostgreSQL; an H2 directory is locked by a running cloud. Every refusal is an {@link IllegalArgumentException}
 * whose message is one sentence saying what to fix. Thread-safe.
 */
public final class CloudAdmin {
    /** Ids of chains, stores and terminals: what URLs and logs can carry without escaping. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** The longest an activation code may stay valid: a code is for one terminal being set up now. */
    public static final Duration MAX_CODE_VALIDITY = Duration.ofDays(30);

    private final CloudDatabase db;
    private final Clock clock;
    private final ObjectMapper json = ApiJson.newMapper();

    /** An admin over {@code db}, which the caller keeps and closes. */
    public CloudAdmin(CloudDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A terminal as the admin sees it (never its token). */
    public record TerminalInfo(String terminalId, String storeId, String name, Instant registeredAt,
                               Instant tokenIssuedAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * Creates a chain.
     *
     * @throws IllegalArgumentException if the id is malformed, the name blank or too long, or the chain exists
     */
    public void createChain(String chainId, String name) {
        requireId("chain", chainId);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("the chain name must be 1..120 characters");
        }
        db.inTransaction(tx -> {
            if (exists(tx, "SELECT 1 FROM chain WHERE chain_id = ?", chainId)) {
                throw new IllegalArgumentException("chain " + chainId + " exists already: choose another id");
            }
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO chain (chain_id, name) VALUES (?, ?)")) {
                insert.setString(1, chainId);
                insert.setString(2, name);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Opens a store in an existing chain, with the demo store's settings (named {@code name}) and menu until its own
     * menu is imported.
     *
     * @throws IllegalArgumentException if the id is malformed, the chain unknown or the store exists
     */
    public void createStore(String chainId, String storeId, String name) {
        requireId("store", storeId);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("the store name must be 1..120 characters");
        }
        db.inTransaction(tx -> {
            if (!exists(tx, "SELECT 1 FROM chain WHERE chain_id = ?", chainId)) {
                throw new IllegalArgumentException("no chain " + chainId + ": create it first with 'chain create'");
            }
            if (exists(tx, "SELECT 1 FROM store WHERE store_id = ?", storeId)) {
                throw new IllegalArgumentException("store " + storeId + " exists already: choose another id");
            }
            String[] template = Seeder.storeTemplate(json);
            String settings = template[0];
            String menu = template[1];
            try (PreparedStatement insert = tx.prepareStatement(
                    "INSERT INTO store (store_id, chain_id, settings_json, menu_json) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, storeId);
                insert.setString(2, chainId);
                insert.setString(3, withFields(settings, storeId, name));
                insert.setString(4, withFields(menu, storeId, null));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Issues a one-time, case-exact activation code for {@code storeId}, valid for {@code validFor}.
     *
     * @throws IllegalArgumentException if the store is unknown or the validity is not 1 minute..30 days
     */
    public String issueActivationCode(String storeId, Duration validFor) {
        if (validFor.compareTo(Duration.ofMinutes(1)) < 0 || validFor.compareTo(MAX_CODE_VALIDITY) > 0) {
            throw new IllegalArgumentException("an activation code is valid for 1 minute to 30 days, not "
                    + validFor.toMinutes() + " minutes");
        }
        String code = "ACT-" + Ids.code(12);
        db.inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO activation_code"
                    + " (code, store_id, reusable, expires_at) SELECT ?, store_id, FALSE, ? FROM store WHERE store_id = ?")) {
                insert.setString(1, code);
                insert.setTimestamp(2, Timestamp.from(clock.instant().plus(validFor)));
                insert.setString(3, storeId);
                if (insert.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no store " + storeId + " in the cloud: create it first with"
                            + " 'store create'");
                }
            }
            return null;
        });
        return code;
    }

    /** The terminals of {@code storeId}, or of every store when it is {@code null}, oldest first. */
    public List<TerminalInfo> terminals(String storeId) {
        return db.inTransaction(tx -> {
            if (storeId != null && !exists(tx, "SELECT 1 FROM store WHERE store_id = ?", storeId)) {
                throw new IllegalArgumentException("no store " + storeId + " in the cloud");
            }
            List<TerminalInfo> terminals = new ArrayList<>();
            try (PreparedStatement select = tx.prepareStatement("SELECT terminal_id, store_id, name, registered_at,"
                    + " token_issued_at, revoked_at FROM terminal WHERE CAST(? AS VARCHAR(40)) IS NULL OR store_id = ?"
                    + " ORDER BY registered_at, terminal_id")) {
                select.setString(1, storeId);
                select.setString(2, storeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        terminals.add(new TerminalInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
                    }
                }
            }
            return terminals;
        });
    }

    /**
     * Revokes a terminal: its current and previous tokens answer 401 from now on, on every instance. Revoking a
     * revoked terminal changes nothing.
     *
     * @throws IllegalArgumentException if there is no such terminal
     */
    public void revokeTerminal(String terminalId) {
        db.inTransaction(tx -> {
            try (PreparedStatement update = tx.prepareStatement("UPDATE terminal SET revoked_at = ?,"
                    + " previous_token_sha256 = NULL, previous_valid_until = NULL"
                    + " WHERE terminal_id = ? AND revoked_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, terminalId);
                if (update.executeUpdate() == 0
                        && !exists(tx, "SELECT 1 FROM terminal WHERE terminal_id = ?", terminalId)) {
                    throw new IllegalArgumentException("no terminal " + terminalId + ": 'terminal list' shows them");
                }
            }
            return null;
        });
    }

    /**
     * Publishes {@code menuJson} (a {@code Menu} of API v1) as the menu of {@code storeId}; terminals pick it up at
     * their next menu pull.
     *
     * @throws IllegalArgumentException if the JSON is not a menu, names another store, or the store is unknown
     */
    public void importMenu(String storeId, String menuJson) {
        Menu menu;
        try {
            menu = StrictInput.mapper().readValue(menuJson, Menu.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the file is not a PalmPOS menu (JSON with storeId, version, currency,"
                    + " categories): " + firstLine(e.getOriginalMessage()));
        }
        if (menu == null || menu.version() == null || menu.version().isBlank() || menu.currency() == null
                || !menu.currency().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("the menu needs a version and a 3-letter currency code");
        }
        if (menu.storeId() != null && !menu.storeId().equals(storeId)) {
            throw new IllegalArgumentException("the menu is for store " + menu.storeId() + ", not " + storeId
                    + ": fix its storeId or pass --store " + menu.storeId());
        }
        String stored = withFields(menuJson, storeId, null);
        db.inTransaction(tx -> {
            try (PreparedStatement update = tx.prepareStatement("UPDATE store SET menu_json = ? WHERE store_id = ?")) {
                update.setString(1, stored);
                update.setString(2, storeId);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no store " + storeId + " in the cloud");
                }
            }
            return null;
        });
    }

    /**
     * Re-wraps every chain's data key from {@code current} to {@code next} (one transaction; the sealed rows do not
     * change). Start the cloud with {@code next} afterwards. Safe to run again after an interruption.
     *
     * @return how many chain keys were re-wrapped
     * @throws IllegalArgumentException if {@code current} is not the key the data keys are wrapped with
     */
    public int rotateMasterKey(MasterKey current, MasterKey next) {
        if (current.id().equals(next.id())) {
            throw new IllegalArgumentException("the new master key is the current one: generate a new one with"
                    + " 'openssl rand -base64 32'");
        }
        try {
            return new Sealer(db, current).rewrap(next);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private String withFields(String document, String storeId, String name) {
        try {
            ObjectNode node = (ObjectNode) json.readTree(document);
            node.put("storeId", storeId);
            if (name != null) {
                node.put("name", name);
            }
            return json.writeValueAsString(node);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("the document is not a JSON object");
        }
    }

    private static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a " + what + " id is 1..40 letters, digits, '-' or '_', starting with"
                    + " a letter or digit");
        }
    }

    private static boolean exists(Connection tx, String sql, String value) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
