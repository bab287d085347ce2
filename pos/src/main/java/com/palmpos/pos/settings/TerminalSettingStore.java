package com.palmpos.pos.settings;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings a manager changed on this terminal (table {@code terminal_setting}), by configuration key, e.g.
 * {@code store.name}. These override {@code <data>/palmpos.properties} when the terminal starts; the screen that
 * writes them says which ones need a restart. Values are plain text (never secrets). Thread-safe; each call is one
 * small transaction (about a millisecond warm): call it off the FX thread. Settings that take effect at once (the
 * printer) follow saves through {@link #addListener}.
 */
public final class TerminalSettingStore {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalSettingStore.class);

    /** Longest key and value the table holds. */
    public static final int MAX_KEY = 80;
    public static final int MAX_VALUE = 400;

    private final Database database;
    private final Clock clock;
    private final List<Consumer<Map<String, String>>> listeners = new CopyOnWriteArrayList<>();

    public TerminalSettingStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every stored setting, by key (sorted). Empty when no manager has saved settings yet. */
    public Map<String, String> all() {
        return database.inTransaction(c -> {
            Map<String, String> values = new TreeMap<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT setting_key, setting_value FROM terminal_setting")) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return Collections.unmodifiableMap(values);
        });
    }

    /**
     * Stores {@code values} in one transaction (all or none), recording {@code staffId} and the time.
     *
     * @throws IllegalArgumentException if a key or value is blank or too long; nothing is stored then
     */
    public void putAll(Map<String, String> values, String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        values.forEach(TerminalSettingStore::check);
        Instant now = clock.instant();
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO terminal_setting (setting_key, setting_value,"
                    + " changed_at, changed_by) KEY (setting_key) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    Jdbc.bind(s, e.getKey(), e.getValue(), now, staffId);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        Map<String, String> changed = Map.copyOf(values);
        for (Consumer<Map<String, String>> listener : listeners) {
            try {
                listener.accept(changed);
            } catch (RuntimeException e) {
                // the values are stored; a listener's failure must not make the save look failed
                LOG.error("A listener of saved settings {} failed; they take effect after a restart", changed.keySet(), e);
            }
        }
    }

    /**
     * Calls {@code listener} with the saved values after each successful {@link #putAll}, on the saving thread, after
     * the commit. Listeners should be quick (no I/O beyond reading this store).
     */
    public void addListener(Consumer<Map<String, String>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static void check(String key, String value) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("setting key must be 1.." + MAX_KEY + " characters, was '" + key + "'");
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("setting '" + key + "' must have a value of at most " + MAX_VALUE
                    + " characters");
        }
    }
}
