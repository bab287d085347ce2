package com.palmpos.sync.state;

import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.TerminalRegistration;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The sync module's state in the terminal database ({@code db/migration/sync}): the customer delta cursor and the
 * terminal's registration. The bearer token is as safe as the database file: open it with a file key
 * ({@code CIPHER=AES}) in production. Thread-safe.
 */
public final class SyncStateStore {
    static final String CUSTOMER_CURSOR = "customer.cursor";
    static final String TERMINAL_ID = "terminal.id";
    static final String STORE_ID = "terminal.store";
    static final String TOKEN = "terminal.token";

    private final Database database;
    private final Clock clock;

    public SyncStateStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The cursor after the last applied customer change; empty before the first pull. */
    public Optional<String> customerCursor() {
        return get(CUSTOMER_CURSOR);
    }

    public void saveCustomerCursor(String cursor) {
        put(CUSTOMER_CURSOR, cursor);
    }

    /** The terminal's registration, if it has registered. */
    public Optional<TerminalRegistration> registration() {
        Optional<String> terminal = get(TERMINAL_ID);
        Optional<String> store = get(STORE_ID);
        Optional<String> token = get(TOKEN);
        if (terminal.isEmpty() || store.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TerminalRegistration(terminal.get(), store.get(), token.get()));
    }

    /** The bearer token, for {@link com.palmpos.sync.client.CloudClient}'s token supplier. */
    public Optional<String> token() {
        return get(TOKEN);
    }

    /** When the current bearer token was saved (registration or last rotation); empty before registration. */
    public Optional<java.time.Instant> tokenSavedAt() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT updated_at FROM sync_state WHERE name = ?")) {
                select.setString(1, TOKEN);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
                }
            }
        });
    }

    /** Saves the terminal's identity and token (at registration, and after each token rotation). */
    public void saveRegistration(TerminalRegistration registration) {
        database.inTransaction(c -> {
            put(c, TERMINAL_ID, registration.terminalId());
            put(c, STORE_ID, registration.storeId());
            put(c, TOKEN, registration.token());
            return null;
        });
    }

    private Optional<String> get(String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT val FROM sync_state WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private void put(String name, String value) {
        database.inTransaction(c -> {
            put(c, name, value);
            return null;
        });
    }

    private void put(java.sql.Connection c, String name, String value) throws java.sql.SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO sync_state (name, val, updated_at) KEY (name) VALUES (?, ?, ?)")) {
            merge.setString(1, name);
            merge.setString(2, value);
            merge.setTimestamp(3, Timestamp.from(clock.instant()));
            merge.executeUpdate();
        }
    }
}
